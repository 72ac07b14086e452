package org.prefcenter.profiles.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prefcenter.profiles.entity.ConsentStatus;
import org.prefcenter.profiles.entity.HeldConsent;

class ConsentAnswerTest {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");
    private static final LocalDateTime DECIDED = LocalDateTime.of(2026, 6, 1, 9, 0);

    private static HeldConsent held(long profile, ConsentStatus status) {
        return new HeldConsent(profile, profile * 10, true, 1, status, DECIDED, null, true, false);
    }

    private static HeldConsent without(long profile) {
        return new HeldConsent(profile, profile * 10, true, null, null, null, null, null, null);
    }

    private static ConsentStatus answer(HeldConsent... rows) {
        return ConsentAnswer.of("MarketingEmail", List.of(rows), NOW).status();
    }

    @Test
    void noHolderOrNoneWithAConsentIsNotSet() {
        assertThat(answer()).isEqualTo(ConsentStatus.NOT_SET);
        assertThat(answer(without(1), without(2))).isEqualTo(ConsentStatus.NOT_SET);
    }

    @Test
    void aHolderWithoutTheConsentIsNotCounted() {
        assertThat(answer(held(1, ConsentStatus.GRANTED), without(2))).isEqualTo(ConsentStatus.GRANTED);
        assertThat(answer(without(1), held(2, ConsentStatus.DENIED))).isEqualTo(ConsentStatus.DENIED);
    }

    @Test
    void anythingButGrantedWinsOverGranted() {
        for (ConsentStatus other : List.of(ConsentStatus.DENIED, ConsentStatus.REVOKED, ConsentStatus.NOT_SET)) {
            assertThat(answer(held(1, ConsentStatus.GRANTED), held(2, other))).isEqualTo(other);
            assertThat(answer(held(1, other), held(2, ConsentStatus.GRANTED))).isEqualTo(other);
        }
        assertThat(answer(held(1, ConsentStatus.GRANTED), held(2, ConsentStatus.GRANTED)))
                .isEqualTo(ConsentStatus.GRANTED);
    }

    @Test
    void amongRefusalsAnExplicitDecisionWinsOverALapseAndALapseOverNothing() {
        assertThat(answer(held(1, ConsentStatus.DENIED), held(2, ConsentStatus.REVOKED)))
                .isEqualTo(ConsentStatus.REVOKED);
        assertThat(answer(held(1, ConsentStatus.NOT_SET), held(2, ConsentStatus.DENIED)))
                .isEqualTo(ConsentStatus.DENIED);
        HeldConsent expired = new HeldConsent(3, 30, true, 1, ConsentStatus.GRANTED, DECIDED, DECIDED.plusDays(30), true, false);
        assertThat(answer(held(1, ConsentStatus.NOT_SET), expired)).isEqualTo(ConsentStatus.EXPIRED);
        assertThat(answer(expired, held(2, ConsentStatus.DENIED))).isEqualTo(ConsentStatus.DENIED);
    }

    @Test
    void theEffectiveStatusIsTheDocumentsOne() {
        HeldConsent expired = new HeldConsent(1, 10, true, 2, ConsentStatus.GRANTED, DECIDED,
                LocalDateTime.ofInstant(NOW, ZoneOffset.UTC), true, false);
        HeldConsent inactiveElement = new HeldConsent(2, 20, false, 1, ConsentStatus.GRANTED, DECIDED, null, true, false);
        HeldConsent inactiveConsent = new HeldConsent(3, 30, true, 1, ConsentStatus.GRANTED, DECIDED, null, false, false);
        ConsentAnswer answer = ConsentAnswer.of("MarketingEmail", List.of(expired, inactiveElement, inactiveConsent), NOW);
        assertThat(answer.holders()).extracting(ConsentAnswer.Holder::effectiveStatus)
                .containsExactly(ConsentStatus.EXPIRED, ConsentStatus.NOT_SET, ConsentStatus.NOT_SET);
        assertThat(answer.status()).isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void everyHolderIsListedTheOnesWithoutAConsentWithNullVersionAndDate() {
        JsonObject json = ConsentAnswer.of("MarketingEmail", List.of(held(1, ConsentStatus.GRANTED), without(2)), NOW)
                .json();
        assertThat(json.toString()).isEqualTo("{\"ConsentType\":\"MarketingEmail\",\"Status\":\"Granted\",\"Profiles\":["
                + "{\"ProfileId\":1,\"ContactElementId\":10,\"EffectiveStatus\":\"Granted\",\"Version\":1,"
                + "\"ConsentDate\":\"2026-06-01T09:00:00Z\"},"
                + "{\"ProfileId\":2,\"ContactElementId\":20,\"EffectiveStatus\":\"NotSet\",\"Version\":null,"
                + "\"ConsentDate\":null}]}");
    }
}
