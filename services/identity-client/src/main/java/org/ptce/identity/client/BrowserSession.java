package org.ptce.identity.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A browser, as far as signing in goes: it keeps cookies, follows redirects, and when it lands on the provider's
 * sign-in page it signs in with the person's credentials and goes on. For pages behind an OpenID Connect login.
 */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 20;

    private final String issuer;
    private final String username;
    private final String password;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public BrowserSession(String issuer, String username, String password) {
        this.issuer = issuer;
        this.username = username;
        this.password = password;
    }

    /** Opens the page, signing in on the way if asked to, and returns the page finally shown. */
    public HttpResponse<String> open(String url) throws IOException, InterruptedException {
        var response = get(URI.create(url));
        for (int hops = 0; hops < MAX_REDIRECTS; hops++) {
            if (isSignInPage(response)) {
                response = signIn(response);
            } else if (response.statusCode() / 100 == 3) {
                response = get(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
            } else {
                return response;
            }
        }
        throw new IllegalStateException("Too many redirects from " + url);
    }

    /** Sends a request with the session's cookies, as a page's scripts would, following no redirect. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a cookie the session holds, such as the CSRF token a page's scripts send back. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private boolean isSignInPage(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.uri().toString().startsWith(issuer + "/login");
    }

    private HttpResponse<String> signIn(HttpResponse<String> page) throws IOException, InterruptedException {
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token in the sign-in page");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
