package org.ptce.identity.client;

import java.net.URLDecoder;
import java.util.Arrays;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs a person in as a browser would, through the authorization code flow with PKCE of the public client
 * {@code ptce-cli}: authorize, sign-in page (with its CSRF token), back to authorize, code, token.
 */
public final class PkceSignIn {

    public static final String CLIENT_ID = "ptce-cli";
    public static final String REDIRECT_URI = "http://127.0.0.1:8400/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final HttpClient http;

    public PkceSignIn(String issuer) {
        this.issuer = issuer;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The outcome of a sign-in: the token response, or the page the person was sent back to. */
    public record Result(int tokenStatus, JsonNode tokens, String signInFailure) {

        public String accessToken() {
            return tokens.get("access_token").asText();
        }

        /** The access token's claims, decoded (not verified: the services verify it). */
        public JsonNode accessTokenClaims() {
            String payload = accessToken().split("\\.")[1];
            try {
                return JSON.readTree(Base64.getUrlDecoder().decode(payload));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Result signIn(String username, String password) throws IOException, InterruptedException {
        String verifier = randomString();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code", "client_id", CLIENT_ID, "redirect_uri", REDIRECT_URI,
                "scope", "openid profile", "state", "s" + randomString().substring(0, 8),
                "code_challenge", challenge, "code_challenge_method", "S256"));

        get(authorize);
        var page = get(issuer + "/login");
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token in the sign-in page");
        }
        var signedIn = post(issuer + "/login", form(Map.of("username", username, "password", password,
                "_csrf", csrf.group(1))));
        String afterSignIn = signedIn.headers().firstValue("Location").orElse("");
        // Back to the sign-in page: refused (a wrong password, or, with the right one, an account that cannot sign in).
        if (signedIn.statusCode() == 429 || afterSignIn.contains("/login?")) {
            return new Result(signedIn.statusCode(), null, signedIn.statusCode() == 429 ? "rate limited"
                    : "sign-in refused");
        }
        var authorized = get(absolute(afterSignIn));
        String callback = authorized.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("No redirect after authorization: " + authorized.statusCode()));
        String code = query(URI.create(callback)).get("code");
        var token = post(issuer + "/oauth2/token", form(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "client_id", CLIENT_ID, "code_verifier", verifier)));
        return new Result(token.statusCode(), JSON.readTree(token.body()), null);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : issuer + location;
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomString() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
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
