package ai.xseven.integration;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the {@code httpRequest} and {@code webhook} plugins may go.
 *
 * @param allowedUrls URL prefixes ({@code https://api.example.com/v1/}) or host names
 *     ({@code api.example.com}, {@code *.example.com}); empty, the default, allows nothing
 * @param maxResponseBytes a longer answer is a failure, not read further
 */
@ConfigurationProperties("xseven.plugins.http")
record HttpPluginProperties(@DefaultValue List<String> allowedUrls,
    @DefaultValue("1048576") int maxResponseBytes) {}
