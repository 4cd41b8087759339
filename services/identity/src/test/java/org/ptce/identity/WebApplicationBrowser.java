package org.ptce.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser signing in to the web application ({@code ptce-web}) at the provider, and the web
 * application's own calls to the token endpoint with its secret. Redirects are not followed: the tests read them.
 */
final class WebApplicationBrowser {

    static final String CLIENT_ID = "ptce-web";
    static final String REDIRECT_URI = IdentityServiceTest.WEB_BASE_URL + "/login/oauth2/code/platform";
    static final String SIGNED_OUT_URI = IdentityServiceTest.WEB_BASE_URL + "/";
    private static final String ISSUER = IdentityServiceTest.ISSUER;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final SecureRandom random = new SecureRandom();

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final HttpClient webApplication = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String verifier;

    /** Signs in through the sign-in page and answers the code the browser brings back to the web application. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        authorize();
        var page = get(ISSUER + "/login");
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token in the sign-in page");
        }
        var signedIn = browser.send(HttpRequest.newBuilder(URI.create(ISSUER + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String code = code(get(location(signedIn)));
        if (code == null) {
            throw new IllegalStateException("No code after signing in as " + username);
        }
        return code;
    }

    /**
     * Starts a new sign-in from the web application, as a visit to one of its pages would, and answers where the
     * provider sends the browser: straight back with a code while the person is signed in there, else to sign in.
     */
    String authorize() throws IOException, InterruptedException {
        verifier = randomString();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        return location(get(ISSUER + "/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", CLIENT_ID, "redirect_uri", REDIRECT_URI, "scope", "openid profile",
                "state", randomString(), "code_challenge", challenge, "code_challenge_method", "S256"))));
    }

    /** The code in a redirect to the web application, or null for any other redirect. */
    static String codeIn(String location) {
        if (!location.startsWith(REDIRECT_URI + "?")) {
            return null;
        }
        return query(URI.create(location)).get("code");
    }

    /** The web application exchanges the code (with the verifier of the last sign-in started) for tokens. */
    HttpResponse<String> exchange(String code, String clientSecret) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
                "code_verifier", verifier), clientSecret);
    }

    HttpResponse<String> refresh(String refreshToken, String clientSecret) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), clientSecret);
    }

    /** The browser sent to the provider's sign-out by the web application (OpenID Connect RP-initiated logout). */
    HttpResponse<String> signOut(String idToken, String postLogoutRedirectUri, String state)
            throws IOException, InterruptedException {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("id_token_hint", idToken);
        parameters.put("post_logout_redirect_uri", postLogoutRedirectUri);
        parameters.put("state", state);
        return get(ISSUER + "/connect/logout?" + form(parameters));
    }

    private HttpResponse<String> token(Map<String, String> parameters, String clientSecret)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (clientSecret == null) {
            // As a public client would: the client named in the form, no secret.
            var withClient = new LinkedHashMap<>(parameters);
            withClient.put("client_id", CLIENT_ID);
            parameters = withClient;
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (encode(CLIENT_ID) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8)));
        }
        return webApplication.send(request.POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String code(HttpResponse<String> response) {
        return codeIn(location(response));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "No redirect from " + response.uri() + ": " + response.statusCode()));
        return response.uri().resolve(location).toString();
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length == 2 ? pair[1] : "", StandardCharsets.UTF_8)));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> field.getKey() + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomString() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
