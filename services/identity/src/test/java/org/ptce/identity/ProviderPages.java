package org.ptce.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser on the provider's pages, with its cookies: it reads a page's form (and its CSRF token) and
 * posts it, as a person filling it in would. Redirects are not followed: the tests read them.
 */
final class ProviderPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html");
    }

    /** A download, as a browser follows a link: it takes any type. */
    HttpResponse<String> download(String path) throws IOException, InterruptedException {
        return get(path, "text/html,*/*;q=0.8");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(IdentityServiceTest.ISSUER + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the page of the form, then posts the fields with the page's CSRF token. */
    HttpResponse<String> submit(String pagePath, String actionPath, Map<String, String> fields)
            throws IOException, InterruptedException {
        var page = get(pagePath);
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new AssertionError("No form on " + pagePath + " (" + page.statusCode() + ")");
        }
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf.group(1));
        return post(actionPath, withToken);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(IdentityServiceTest.ISSUER + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in on the provider's page; answers where it sends the browser. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        var response = submit("/login", "/login", Map.of("username", username, "password", password));
        return response.headers().firstValue("Location").orElse("");
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "No redirect: " + response.statusCode()));
    }

    /** A page's text without what changes from one answer to the next (the CSRF token). */
    static String withoutCsrf(String body) {
        return CSRF.matcher(body).replaceAll("name=\"_csrf\" value=\"…\"");
    }
}
