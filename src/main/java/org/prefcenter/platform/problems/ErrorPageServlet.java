package org.prefcenter.platform.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.security.AccessRefusals;

/**
 * The error page of the whole WAR (web.xml): answers what the container itself refuses (the JWT
 * mechanism's 401, unmapped URLs, a failure outside JAX-RS) with problem+json instead of HTML.
 */
@WebServlet("/problem")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 404;
        if (status == 500 && refusedByTokenMechanism(request)) {
            // SmallRye JWT (WildFly) answers 500 to a verified token that names no caller ("upn" or
            // "sub" empty); Payara answers 401. It is a token the service cannot use: invalid_token.
            status = 401;
        }
        if (status == 501) {
            // the default servlet's answer to a method it does not serve (PATCH outside the API): the
            // client asked a static resource for something it does not allow, not the server for a gap
            status = 405;
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
        }
        String body;
        Refusal refusal = status == 401 ? tokenRefusal(request)
                : status == 403 ? Refusal.of(Refusal.Kind.FORBIDDEN, "access denied") : null;
        if (refusal != null) {
            ProblemMapper.Answer answer = ProblemMapper.answerTo(refusal);
            answer.headers().forEach(response::setHeader);
            body = Problem.json(answer.status(), answer.type(), answer.title(), refusal.detail(), List.of());
        } else {
            body = Problem.json(status, Problem.HTTP, Problem.reason(status), Problem.detail(status), List.of());
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    /** RFC 6750: a presented token that failed verification is an invalid_token. */
    private static Refusal tokenRefusal(HttpServletRequest request) {
        return request.getHeader("Authorization") != null ? AccessRefusals.invalidToken() : AccessRefusals.noToken();
    }

    /** A 500 that nothing threw, for a caller not signed in who presented a bearer token. */
    private static boolean refusedByTokenMechanism(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null && request.getUserPrincipal() == null
                && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
