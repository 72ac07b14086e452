package org.prefcenter.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console (webapp/) in a real browser against the deployed WAR: what a customer-care person
 * does with the demo profile, checked through the API afterwards. A failing step leaves a
 * screenshot in target/console/failed-*.png; the passing run leaves the four pictures that
 * docs/CONSOLE.md shows.
 */
class ConsoleIT extends ApiTest {

    private static final String DEMO_LOOKUP = "DEMO/Profile?alternateIdType=CRM&alternateId=C-00042";
    private static Browser browser;

    private final String editor = Tokens.of("jdoe", "ProfileEditor", "DEMO");
    private String test;

    private static List<String> missing;

    /**
     * Without the browser this test's methods are skipped, each by a JUnit assumption that the summary
     * counts, after one line that says how to install it; on CI ({@code CI=true}) a missing browser
     * fails the build instead and names what is missing.
     */
    @BeforeAll
    static void startBrowser() {
        missing = Browser.missing();
        if (!missing.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI=true and the console test's browser is missing: " + String.join(", ", missing)
                    + " (" + Browser.INSTALL + ")");
        }
        if (!missing.isEmpty()) {
            System.out.println("ConsoleIT skipped: no browser at " + String.join(", ", missing)
                    + "; install it with: " + Browser.INSTALL);
            return;
        }
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void name(TestInfo info) {
        assumeTrue(missing.isEmpty(), () -> "no browser at " + String.join(", ", missing));
        test = info.getTestMethod().orElseThrow().getName();
        browser.resize(1100, 1700);
    }

    @Test
    void theConsoleIsServedAtTheContextRootUnderItsContentSecurityPolicy() {
        Api.Reply page = api().getAbsolute("Profiles/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).hasValue("default-src 'self'");
        assertThat(page.body()).contains("data-test=\"token\"").doesNotContain("<style").doesNotContain("style=");
        Api.Reply script = api().getAbsolute("Profiles/js/main.js");
        assertThat(script.status()).isEqualTo(200);
        // a module script runs only when served with a JavaScript type
        assertThat(script.contentType()).containsIgnoringCase("javascript");
        assertThat(script.header("Content-Security-Policy")).hasValue("default-src 'self'");
    }

    @Test
    void findsTheDemoProfileChangesANameAndACustomFieldAndSeesTheNewEtag() {
        Api.Reply before = api().get(DEMO_LOOKUP, editor);
        JsonObject stored = before.json();
        String firstName = "Augusta".equals(stored.getJsonObject("CustomerName").getString("FirstName", null))
                ? "Ada" : "Augusta";
        int tier = indexOf(stored, "LoyaltyTier");
        String level = "Silver".equals(stored.getJsonArray("CustomFields").getJsonObject(tier).getString("Value"))
                ? "Bronze" : "Silver";

        step("sign in", () -> signIn(editor));
        step("the token's claims", () -> {
            assertThat(browser.hook("user").getText()).isEqualTo("jdoe");
            assertThat(browser.hook("roles").getText()).contains("ProfileEditor");
            assertThat(browser.hook("clients").getText()).isEqualTo("DEMO");
        });
        step("look up in another letter case", () -> lookUp("crm", "c-00042"));
        step("the whole profile", () -> {
            assertThat(field("/CustomerName/FirstName").getAttribute("value"))
                    .isEqualTo(stored.getJsonObject("CustomerName").getString("FirstName"));
            assertThat(field("/IsActive").getAttribute("type")).isEqualTo("checkbox");
            assertThat(field("/IsActive").getAttribute("role")).isEqualTo("switch");
            assertThat(new Select(field("/CustomerType")).getOptions()).extracting(WebElement::getText)
                    .contains("Retail", "Commercial");
            assertThat(browser.hook("read:/ProfileId").getText()).isEqualTo(String.valueOf(stored.getInt("ProfileId")));
            assertThat(browser.driver().findElements(By.cssSelector("[data-test='field:/ProfileId']"))).isEmpty();
            assertThat(browser.hook("etag").getText()).isEqualTo(before.header("ETag").orElseThrow());
        });
        browser.screenshot("console-lookup");

        step("edit a name and a custom field", () -> {
            WebElement first = field("/CustomerName/FirstName");
            first.clear();
            first.sendKeys(firstName);
            Select select = new Select(field("/CustomFields/" + tier + "/Value"));
            select.deselectAll();
            select.selectByValue(level);
        });
        step("the patch preview", () -> assertThat(browser.hook("patch-preview").getText())
                .contains("\"op\": \"test\"", "\"op\": \"replace\"", "/CustomerName/FirstName",
                        "/CustomFields/" + tier + "/Value", firstName, level));
        step("save", () -> {
            browser.hook("save").click();
            browser.until(driver -> !browser.hook("etag").getText().equals(before.header("ETag").orElseThrow()));
        });

        Api.Reply after = api().get(DEMO_LOOKUP, editor);
        step("the new ETag and Edited", () -> {
            assertThat(browser.hook("etag").getText()).isEqualTo(after.header("ETag").orElseThrow());
            assertThat(browser.hook("read:/Edited/ModifiedDate").getText()).endsWith("by jdoe");
        });
        assertThat(after.json().getJsonObject("CustomerName").getString("FirstName")).isEqualTo(firstName);
        assertThat(after.json().getJsonArray("CustomFields").getJsonObject(tier).getString("Value")).isEqualTo(level);
        assertThat(after.json().getJsonObject("Edited").getString("ModifiedBy")).isEqualTo("jdoe");

        step("readable at 360 px", () -> {
            browser.resize(360, 800);
            Number overflow = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal scrolling at 360 px").isLessThanOrEqualTo(0);
            browser.screenshot("console-360px");
        });
        step("sign out", () -> {
            browser.hook("sign-out").click();
            assertThat(browser.hook("token").isDisplayed()).isTrue();
            assertThat(browser.driver().executeScript("return sessionStorage.length;")).isEqualTo(0L);
        });
        assertNoScriptOrPolicyErrors();
    }

    @Test
    void anInvalidLocaleIsShownBesideItsFieldAndNothingIsStored() {
        Api.Reply before = api().get(DEMO_LOOKUP, editor);
        step("sign in and look up", () -> {
            signIn(editor);
            lookUp("CRM", "C-00042");
        });
        step("enter an invalid locale and save", () -> {
            WebElement locale = field("/DefaultLocale");
            locale.clear();
            locale.sendKeys("not a locale!");
            browser.hook("save").click();
        });
        step("the error beside the field", () -> {
            WebElement error = browser.hook("error");
            assertThat(error.getAttribute("data-path")).isEqualTo("/DefaultLocale");
            assertThat(error.getText()).startsWith("Error:").contains("BCP 47");
            WebElement row = error.findElement(By.xpath(".."));
            assertThat(row.findElement(Browser.byHook("field:/DefaultLocale")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.hook("etag").getText()).isEqualTo(before.header("ETag").orElseThrow());
        });
        browser.screenshot("console-refused");
        Api.Reply after = api().get(DEMO_LOOKUP, editor);
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.json()).isEqualTo(before.json());
        assertNoScriptOrPolicyErrors();
    }

    @Test
    void aStaleSaveSaysTheProfileChangedAndOffersToReload() {
        step("sign in and look up", () -> {
            signIn(editor);
            lookUp("CRM", "C-00042");
        });
        String meanwhile = "Meanwhile " + System.nanoTime();
        Api.Reply other = api().patch(DEMO_LOOKUP, Tokens.of("other", "ProfileEditor", "DEMO"),
                "[{\"op\":\"replace\",\"path\":\"/CustomerName/MiddleName\",\"value\":\"" + meanwhile + "\"}]");
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        step("edit and save the stale profile", () -> {
            WebElement suffix = field("/CustomerName/Suffix");
            suffix.clear();
            suffix.sendKeys("Stale");
            browser.hook("save").click();
        });
        step("the conflict message", () -> assertThat(browser.hook("conflict").getText()).contains("changed"));
        assertThat(api().get(DEMO_LOOKUP, editor).json().getJsonObject("CustomerName").get("Suffix").toString())
                .doesNotContain("Stale");
        step("reload", () -> {
            browser.hook("reload").click();
            browser.until(driver -> meanwhile.equals(field("/CustomerName/MiddleName").getAttribute("value")));
            assertThat(browser.hook("etag").getText()).isEqualTo(other.header("ETag").orElseThrow());
            assertThat(browser.driver().findElement(Browser.byHook("conflict")).isDisplayed()).isFalse();
        });
        assertNoScriptOrPolicyErrors();
    }

    @Test
    void aClientAdminAddsAnAlternateIdTypeCreatesAProfileWithItAndChangesItsCustomFields() {
        ClientFixture fixture = sharedClient("CONSOLE");
        String admin = Tokens.of("ann", "ProfileEditor,ClientAdmin", fixture.clientId);
        step("sign in as a ClientAdmin", () -> signIn(admin, "ann"));
        step("add an alternate id type", () -> {
            WebElement form = browser.hook("admin-add:AlternateIdTypes");
            form.findElement(By.name("Name")).sendKeys("ShopId");
            form.findElement(By.name("Description")).sendKeys("Web shop account");
            form.findElement(By.tagName("button")).click();
            browser.until(driver -> browser.hook("admin-list:AlternateIdTypes").getText().contains("ShopId"));
        });
        step("fill in a new profile", () -> {
            browser.hook("new-profile").click();
            field("/CustomerName/FirstName").sendKeys("Grace");
            browser.hook("add-alternate-id").click();
            new Select(field("/AlternateIds/0/AlternateIdType")).selectByValue("ShopId");
            field("/AlternateIds/0/AlternateId").sendKeys("GH-1906");
            new Select(browser.hook("custom-field-definition")).selectByValue("Birth");
            browser.hook("add-custom-field").click();
            assertThat(field("/CustomFields/0/Value").getAttribute("type")).isEqualTo("date");
            browser.driver().executeScript("arguments[0].value = '1906-12-09';"
                    + "arguments[0].dispatchEvent(new Event('input'));", field("/CustomFields/0/Value"));
        });
        step("create", () -> {
            browser.hook("save").click();
            browser.until(driver -> !browser.hook("read:/ProfileId").getText().equals("new"));
        });
        Api.Reply stored = api().get(fixture.clientId + "/Profile?alternateIdType=shopid&alternateId=gh-1906",
                fixture.reader);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.json().getJsonObject("CustomerName").getString("FirstName")).isEqualTo("Grace");
        assertThat(stored.json().getJsonArray("CustomFields").getJsonObject(0).getString("Value")).isEqualTo("1906-12-09");
        assertThat(browser.hook("etag").getText()).isEqualTo(stored.header("ETag").orElseThrow());
        step("replace one custom field by another", () -> {
            new Select(browser.hook("custom-field-definition")).selectByValue("Score");
            browser.hook("add-custom-field").click();
            assertThat(field("/CustomFields/1/Value").getAttribute("type")).isEqualTo("number");
            field("/CustomFields/1/Value").sendKeys("7.5");
            browser.hook("remove:/CustomFields/0").click();
            assertThat(browser.hook("patch-preview").getText())
                    .contains("\"op\": \"remove\"", "\"path\": \"/CustomFields/-\"");
            browser.hook("save").click();
            browser.until(driver -> !browser.hook("etag").getText().equals(stored.header("ETag").orElseThrow()));
        });
        JsonObject changed = api().get(fixture.clientId + "/Profile?alternateIdType=ShopId&alternateId=GH-1906",
                fixture.reader).json();
        assertThat(changed.getJsonArray("CustomFields")).hasSize(1);
        assertThat(changed.getJsonArray("CustomFields").getJsonObject(0).getString("Name")).isEqualTo("Score");
        assertThat(changed.getJsonArray("CustomFields").getJsonObject(0).getString("Value")).isEqualTo("7.5");
        // the server keeps the history: the page shows it, newest first, as the API answers it
        List<JsonObject> changes = History.changes(api(),
                fixture.clientId + "/Profile?alternateIdType=ShopId&alternateId=GH-1906", fixture.reader);
        assertThat(changes).extracting(change -> change.getString("Kind")).containsExactly("Patch", "Create");
        step("the history: the patch, then the creation", () -> {
            browser.hook("show-history").click();
            String shown = browser.until(driver -> {
                String text = browser.hook("history").getText();
                return text.isBlank() || text.startsWith("Loading") ? null : text;
            });
            List<String> entries = browser.driver().findElements(Browser.byHook("history-entry")).stream()
                    .map(WebElement::getText).toList();
            assertThat(entries).as(shown).hasSize(2);
            // each changed value in words, items by their natural key: the removed field and the added one
            assertThat(entries.get(0)).contains("Version " + changes.get(0).getJsonNumber("Version") + " — Patch by ann",
                    "added CustomFields Score: {\"Name\":\"Score\",\"Value\":\"7.5\"}", "removed CustomFields Birth (was");
            assertThat(entries.get(1)).contains("Version " + changes.get(1).getJsonNumber("Version") + " — Create by ann");
        });
        assertNoScriptOrPolicyErrors();
    }

    @Test
    void showsAdasContactElementsAndConsentsAndRevokingHerMarketingConsentArchivesTheNewsletter() {
        restoreAdasMarketingConsent();
        Api.Reply before = api().get(DEMO_LOOKUP, editor);
        JsonObject stored = before.json();
        int email = indexOf(stored.getJsonArray("Emails"), "EmailAddress", "ada@example.org");
        String consents = "/Emails/" + email + "/Consents/";
        int marketing = indexOf(stored.getJsonArray("Emails").getJsonObject(email).getJsonArray("Consents"),
                "ConsentType", "MarketingEmail");
        String consent = consents + marketing;
        int terms = indexOf(stored.getJsonArray("Consents"), "ConsentType", "Terms");
        int newsletter = indexOf(stored.getJsonArray("Preferences"), "Topic", "Newsletter");
        String preference = "/Preferences/" + newsletter;
        JsonObject phone = stored.getJsonArray("Phones").getJsonObject(0);
        try {
            step("sign in and look up", () -> {
                signIn(editor);
                lookUp("CRM", "C-00042");
            });
            step("the email with its consent", () -> {
                assertThat(field("/Emails/" + email + "/EmailAddress").getAttribute("value")).isEqualTo("ada@example.org");
                assertThat(new Select(field("/Emails/" + email + "/ContactType")).getFirstSelectedOption().getText())
                        .isEqualTo("Personal");
                assertThat(browser.hook("read:/Emails/" + email + "/ContactElementId").getText())
                        .contains(String.valueOf(stored.getJsonArray("Emails").getJsonObject(email).getInt("ContactElementId")));
                assertThat(browser.hook("read:" + consent + "/ConsentType").getText()).startsWith("MarketingEmail");
                assertThat(new Select(field(consent + "/Status")).getFirstSelectedOption().getText()).isEqualTo("Granted");
                assertThat(browser.hook("read:" + consent + "/EffectiveStatus").getText()).isEqualTo("Granted");
                assertThat(new Select(field(consent + "/Version")).getFirstSelectedOption().getText()).isEqualTo("1");
                assertThat(browser.hook("read:" + consent + "/ConsentDate").getText()).isNotBlank();
                assertThat(browser.hook("read:" + consent + "/ExpirationDate").getText()).isNotBlank().isNotEqualTo("never");
                assertThat(field(consent + "/Source/CollectionPoint").getAttribute("value")).isEqualTo("web-signup");
            });
            step("the phone, the terms and the newsletter", () -> {
                assertThat(field("/Phones/0/PhoneNumber").getAttribute("value")).isEqualTo(phone.getString("PhoneNumber"));
                assertThat(field("/Phones/0/IsMobile").isSelected()).isEqualTo(phone.getBoolean("IsMobile"));
                assertThat(browser.hook("read:/Consents/" + terms + "/ConsentType").getText()).startsWith("Terms");
                assertThat(browser.hook("read:/Consents/" + terms + "/EffectiveStatus").getText()).isEqualTo("Granted");
                assertThat(browser.hook("read:/Consents/" + terms + "/ExpirationDate").getText()).isEqualTo("never");
                assertThat(browser.hook("read:" + preference + "/Topic").getText()).isEqualTo("Newsletter");
                assertThat(browser.hook("read:" + preference + "/Channel").getText()).isEqualTo("Email");
                assertThat(field(preference + "/OptIn").isSelected()).isTrue();
                assertThat(field(preference + "/IsActive").isSelected()).isTrue();
                assertThat(new Select(field(preference + "/Frequency")).getFirstSelectedOption().getText()).isEqualTo("Weekly");
                assertThat(new Select(field(preference + "/ContactElementId")).getFirstSelectedOption().getText())
                        .isEqualTo("the default element");
            });
            browser.driver().executeScript("arguments[0].scrollIntoView();", browser.hook("contacts:Emails"));
            browser.screenshot("console-contacts");
            step("revoke the marketing consent", () -> {
                browser.hook("revoke:" + consent).click();
                assertThat(new Select(field(consent + "/Status")).getFirstSelectedOption().getText()).isEqualTo("Revoked");
                assertThat(browser.hook("read:" + consent + "/ConsentDate").getText()).isEqualTo("now, when saved");
                assertThat(browser.hook("patch-preview").getText()).contains(
                        "\"path\": \"" + consent + "/Status\"", "\"value\": \"Revoked\"", consent + "/ConsentDate");
                browser.hook("save").click();
                browser.until(driver -> !browser.hook("etag").getText().equals(before.header("ETag").orElseThrow()));
            });
            step("the tables after the revocation", () -> {
                assertThat(new Select(field(consent + "/Status")).getFirstSelectedOption().getText()).isEqualTo("Revoked");
                assertThat(browser.hook("read:" + consent + "/EffectiveStatus").getText()).isEqualTo("Revoked");
                assertThat(browser.hook("read:" + consent + "/ConsentDate").getText()).isNotEqualTo("now, when saved");
                assertThat(browser.hook("grant:" + consent).getText()).isEqualTo("Grant");
                // the server archives the preferences whose topic requires the revoked consent
                assertThat(field(preference + "/IsActive").isSelected()).isFalse();
                assertThat(browser.hook("read:" + preference + "/Topic").getText()).contains("archived");
                assertThat(browser.hook("read:" + preference + "/Edited").getText()).endsWith("by jdoe");
            });
            Api.Reply after = api().get(DEMO_LOOKUP, editor);
            assertThat(browser.hook("etag").getText()).isEqualTo(after.header("ETag").orElseThrow());
            JsonObject revoked = after.json().getJsonArray("Emails").getJsonObject(email).getJsonArray("Consents")
                    .getJsonObject(marketing);
            assertThat(revoked.getString("Status")).isEqualTo("Revoked");
            assertThat(revoked.getString("EffectiveStatus")).isEqualTo("Revoked");
            assertThat(after.json().getJsonArray("Preferences").getJsonObject(newsletter).getBoolean("IsActive")).isFalse();
            assertNoScriptOrPolicyErrors();
        } finally {
            restoreAdasMarketingConsent();
        }
    }

    @Test
    void anInvalidEmailAndARevocationWithoutAGrantAreShownBesideTheirFields() {
        Api.Reply before = api().get(DEMO_LOOKUP, editor);
        int emails = before.json().getJsonArray("Emails").size();
        String added = "/Emails/" + emails;
        String sms = "/Phones/0/Consents/" + before.json().getJsonArray("Phones").getJsonObject(0).getJsonArray("Consents").size();
        step("sign in and look up", () -> {
            signIn(editor);
            lookUp("CRM", "C-00042");
        });
        step("add an email with an invalid address", () -> {
            browser.hook("add:/Emails").click();
            field(added + "/EmailAddress").sendKeys("ada.example.org");
            assertThat(browser.hook("patch-preview").getText()).contains("\"path\": \"/Emails/-\"", "ada.example.org");
            browser.hook("save").click();
        });
        step("the error beside the new email address", () -> {
            WebElement error = browser.until(driver -> errorAt(added + "/EmailAddress"));
            assertThat(error.getText()).startsWith("Error:").contains("email address");
            WebElement row = error.findElement(By.xpath(".."));
            assertThat(row.findElement(Browser.byHook("field:" + added + "/EmailAddress")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.hook("etag").getText()).isEqualTo(before.header("ETag").orElseThrow());
        });
        browser.driver().executeScript("arguments[0].scrollIntoView();", browser.hook("element:" + added));
        browser.screenshot("console-refused-email");
        step("record a text message consent as Revoked on the phone instead", () -> {
            browser.hook("remove:" + added).click();
            browser.hook("add:/Phones/0/Consents").click();
            new Select(field(sms + "/Status")).selectByValue("Revoked");
            browser.hook("save").click();
        });
        step("the error beside the consent's status", () -> {
            WebElement error = browser.until(driver -> errorAt(sms + "/Status"));
            assertThat(error.getText()).startsWith("Error:").contains("only a Granted consent can be Revoked");
            assertThat(field(sms + "/Status").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().findElements(Browser.byHook("field:" + added + "/EmailAddress"))).isEmpty();
        });
        Api.Reply after = api().get(DEMO_LOOKUP, editor);
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(after.json()).isEqualTo(before.json());
        assertNoScriptOrPolicyErrors();
    }

    // ---- steps

    private void signIn(String token) {
        signIn(token, "jdoe");
    }

    private void signIn(String token, String user) {
        browser.open(api().uri("Profiles/").toString());
        browser.driver().executeScript("sessionStorage.clear();");
        browser.open(api().uri("Profiles/").toString());
        browser.hook("token").sendKeys(token);
        browser.hook("sign-in").click();
        browser.until(driver -> user.equals(browser.hook("user").getText()));
    }

    private void lookUp(String type, String id) {
        WebElement types = browser.hook("alternate-id-type");
        browser.until(driver -> new Select(types).getOptions().size() > 1);
        new Select(types).getOptions().stream().filter(option -> option.getText().equalsIgnoreCase(type))
                .findFirst().orElseThrow().click();
        assertThat(new Select(browser.hook("client")).getFirstSelectedOption().getText()).isEqualTo("DEMO");
        browser.hook("alternate-id").sendKeys(id);
        browser.hook("lookup").click();
        browser.hook("profile");
        field("/CustomerName/FirstName");
    }

    private WebElement field(String pointer) {
        return browser.hook("field:" + pointer);
    }

    private static int indexOf(JsonObject profile, String customField) {
        var fields = profile.getJsonArray("CustomFields");
        for (int i = 0; i < fields.size(); i++) {
            if (fields.getJsonObject(i).getString("Name").equals(customField)) {
                return i;
            }
        }
        throw new IllegalStateException("the demo profile has no " + customField);
    }

    private WebElement errorAt(String path) {
        return browser.driver().findElements(Browser.byHook("error")).stream()
                .filter(error -> path.equals(error.getAttribute("data-path"))).findFirst().orElse(null);
    }

    private static int indexOf(JsonArray items, String member, String value) {
        for (int i = 0; i < items.size(); i++) {
            if (value.equalsIgnoreCase(items.getJsonObject(i).getString(member, null))) {
                return i;
            }
        }
        throw new IllegalStateException("the demo profile has no " + member + " " + value + " in " + items);
    }

    /** Ada's MarketingEmail consent Granted and her Newsletter preference active, as the demo data has them. */
    private void restoreAdasMarketingConsent() {
        JsonObject stored = api().get(DEMO_LOOKUP, editor).json();
        int email = indexOf(stored.getJsonArray("Emails"), "EmailAddress", "ada@example.org");
        var consents = stored.getJsonArray("Emails").getJsonObject(email).getJsonArray("Consents");
        int marketing = indexOf(consents, "ConsentType", "MarketingEmail");
        int newsletter = indexOf(stored.getJsonArray("Preferences"), "Topic", "Newsletter");
        List<String> operations = new ArrayList<>();
        if (!"Granted".equals(consents.getJsonObject(marketing).getString("Status"))) {
            operations.add("{\"op\":\"replace\",\"path\":\"/Emails/" + email + "/Consents/" + marketing
                    + "/Status\",\"value\":\"Granted\"}");
        }
        if (!stored.getJsonArray("Preferences").getJsonObject(newsletter).getBoolean("IsActive")) {
            operations.add("{\"op\":\"replace\",\"path\":\"/Preferences/" + newsletter + "/IsActive\",\"value\":true}");
        }
        if (!operations.isEmpty()) {
            Api.Reply restored = api().patch(DEMO_LOOKUP, editor, "[" + String.join(",", operations) + "]");
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }

    private void assertNoScriptOrPolicyErrors() {
        List<String> messages = browser.consoleMessages();
        // refused requests (400, 409, 412) are logged as failed loads: they are expected here
        assertThat(messages).filteredOn(message -> !message.contains("Failed to load resource"))
                .as("browser console").isEmpty();
    }

    /** Runs one step of a test; when it fails, keeps a screenshot of the page as it was. */
    private void step(String name, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | AssertionError failure) {
            var file = browser.screenshot("failed-" + test + "-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
            failure.addSuppressed(new AssertionError("screenshot of the failed step: " + file.toAbsolutePath()));
            throw failure;
        }
    }
}
