package org.ptce.web.api;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ptce.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One HTTP client per service, each request carrying the signed-in person's access token (refreshed when it has
 * expired); anonymous visitors' requests carry none. An error answer becomes an {@link ApiProblem}.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

    @Bean
    ApplicationsApi applicationsApi(RestClient.Builder builder, WebProperties properties,
            OAuth2AuthorizedClientManager tokens, ObjectMapper json) {
        return new ApplicationsApi(client(builder, properties.services().applications(), tokens, json));
    }

    @Bean
    CallsApi callsApi(RestClient.Builder builder, WebProperties properties, OAuth2AuthorizedClientManager tokens,
            ObjectMapper json) {
        return new CallsApi(client(builder, properties.services().applications(), tokens, json));
    }

    @Bean
    PublicationApi publicationApi(RestClient.Builder builder, WebProperties properties,
            OAuth2AuthorizedClientManager tokens, ObjectMapper json) {
        return new PublicationApi(client(builder, properties.services().publication(), tokens, json));
    }

    @Bean
    ReviewApi reviewApi(RestClient.Builder builder, WebProperties properties, OAuth2AuthorizedClientManager tokens,
            ObjectMapper json) {
        return new ReviewApi(client(builder, properties.services().review(), tokens, json));
    }

    @Bean
    ValidationApi validationApi(RestClient.Builder builder, WebProperties properties,
            OAuth2AuthorizedClientManager tokens, ObjectMapper json) {
        return new ValidationApi(client(builder, properties.services().review(), tokens, json));
    }

    @Bean
    ReviewDeskApi reviewDeskApi(RestClient.Builder builder, WebProperties properties,
            OAuth2AuthorizedClientManager tokens, ObjectMapper json) {
        return new ReviewDeskApi(client(builder, properties.services().review(), tokens, json));
    }

    @Bean
    WorkflowApi workflowApi(RestClient.Builder builder, WebProperties properties,
            OAuth2AuthorizedClientManager tokens, ObjectMapper json) {
        return new WorkflowApi(client(builder, properties.services().workflow(), tokens, json));
    }

    @Bean
    IdentityApi identityApi(RestClient.Builder builder, WebProperties properties,
            OAuth2AuthorizedClientManager tokens, ObjectMapper json) {
        return new IdentityApi(client(builder, properties.identityService(), tokens, json));
    }

    /** The same APIs with short timeouts, for every page's header: see {@link QuickApis}. */
    @Bean
    QuickApis quickApis(RestClient.Builder builder, WebProperties properties, OAuth2AuthorizedClientManager tokens,
            ObjectMapper json) {
        WebProperties.Services services = properties.services();
        RestClient review = quick(client(builder, services.review(), tokens, json));
        return new QuickApis(new ApplicationsApi(quick(client(builder, services.applications(), tokens, json))),
                new PublicationApi(quick(client(builder, services.publication(), tokens, json))),
                new ReviewApi(review), new ValidationApi(review), new ReviewDeskApi(review),
                new WorkflowApi(quick(client(builder, services.workflow(), tokens, json))));
    }

    /** The client, its token and error handling kept, that gives up after {@link QuickApis}' timeouts. */
    private static RestClient quick(RestClient client) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(QuickApis.CONNECT_TIMEOUT);
        requests.setReadTimeout(QuickApis.READ_TIMEOUT);
        return client.mutate().requestFactory(requests).build();
    }

    private static RestClient client(RestClient.Builder builder, URI baseUrl, OAuth2AuthorizedClientManager tokens,
            ObjectMapper json) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(30));
        return builder.clone()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .requestInterceptor(bearerToken(tokens))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw ApiProblem.read(response.getStatusCode(),
                            StreamUtils.copyToByteArray(response.getBody()), json);
                })
                .build();
    }

    private static ClientHttpRequestInterceptor bearerToken(OAuth2AuthorizedClientManager tokens) {
        return (request, body, execution) -> {
            Authentication person = SecurityContextHolder.getContext().getAuthentication();
            if (person != null && person.isAuthenticated() && !(person instanceof AnonymousAuthenticationToken)
                    && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
                OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(WebProperties.CLIENT_REGISTRATION)
                        .principal(person)
                        .attribute(HttpServletRequest.class.getName(), servlet.getRequest())
                        .attribute(HttpServletResponse.class.getName(), servlet.getResponse())
                        .build());
                if (client != null) {
                    request.getHeaders().set(HttpHeaders.AUTHORIZATION,
                            "Bearer " + client.getAccessToken().getTokenValue());
                }
            }
            return execution.execute(request, body);
        };
    }
}
