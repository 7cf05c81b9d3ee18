/**
 * The generic plugins a diagram uses to reach the world outside X-Seven and to shape its own
 * variables: {@code httpRequest} and {@code webhook} (only to the URLs of
 * {@code xseven.plugins.http.allowed-urls}), {@code sendEmail} (SMTP of {@code spring.mail.*})
 * and {@code setVariables}.
 */
package ai.xseven.integration;
