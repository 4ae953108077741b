package dev.aviary.releaseapi.authserver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in form people see when the console sends them to Aviary's identity provider. */
@Controller
class LoginPage {

    private final ObjectProvider<ClientRegistrationRepository> externalProviders;

    LoginPage(ObjectProvider<ClientRegistrationRepository> externalProviders) {
        this.externalProviders = externalProviders;
    }

    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign in · Aviary</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f5f7fa;
              display:flex;min-height:100vh;align-items:center;justify-content:center;color:#1f2937}
            main{background:#fff;padding:40px;border-radius:12px;box-shadow:0 6px 24px rgba(0,0,0,.08);width:340px}
            h1{font-size:22px;margin:0 0 4px} p.sub{margin:0 0 24px;color:#6b7280}
            label{display:block;font-weight:600;margin:12px 0 4px}
            input{width:100%%;box-sizing:border-box;padding:9px 11px;border:1px solid #d1d5db;border-radius:6px;font:inherit}
            button{margin-top:20px;width:100%%;padding:10px;border:0;border-radius:6px;background:#1677ff;color:#fff;
              font:inherit;font-weight:600;cursor:pointer}
            .note{padding:8px 12px;border-radius:6px;margin-bottom:8px}
            .error{background:#fff1f0;color:#a8071a} .info{background:#e6f4ff;color:#0958d9}
            .providers{margin-top:20px;border-top:1px solid #e5e7eb;padding-top:12px}
            .providers a{display:block;text-align:center;margin-top:8px;padding:9px;border:1px solid #d1d5db;
              border-radius:6px;color:#1f2937;text-decoration:none;font-weight:600}
            </style></head>
            <body><main>
            <h1>Aviary</h1><p class="sub">Sign in to the release center</p>
            %s
            <form method="post" action="/login">
            <label for="username">Username</label>
            <input id="username" name="username" autocomplete="username" autofocus required>
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <input type="hidden" name="%s" value="%s">
            <button type="submit">Sign in</button>
            </form>%s</main></body></html>
            """;

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String note = "";
        if (request.getParameter("error") != null) {
            note = "<div class=\"note error\" role=\"alert\">" + HtmlUtils.htmlEscape(failureOf(request)) + "</div>";
        } else if (request.getParameter("signed-out") != null) {
            note = "<div class=\"note info\">You have signed out.</div>";
        }
        return PAGE.formatted(
                note,
                HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()),
                providerLinks());
    }

    /** A refusal of an external identity explains itself; a wrong password never says which part was wrong. */
    private static String failureOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            return "Too many failed sign-ins for this username; try again in 15 minutes.";
        }
        return failure instanceof OAuth2AuthenticationException external && external.getMessage() != null
                ? external.getMessage()
                : "Invalid username or password.";
    }

    private String providerLinks() {
        if (!(externalProviders.getIfAvailable() instanceof Iterable<?> providers)) {
            return "";
        }
        StringBuilder links = new StringBuilder("<div class=\"providers\">");
        for (Object each : providers) {
            ClientRegistration provider = (ClientRegistration) each;
            links.append("<a href=\"/oauth2/authorization/")
                    .append(HtmlUtils.htmlEscape(provider.getRegistrationId()))
                    .append("\">Sign in with ")
                    .append(HtmlUtils.htmlEscape(provider.getClientName()))
                    .append("</a>");
        }
        return links.append("</div>").toString();
    }
}
