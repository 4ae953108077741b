package dev.aviary.graygateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ConsoleRoutesTest extends RunningEdge {

    private static final String CONSOLE_ROOT = "<div id=\"root\"></div>";

    private String html(String path) {
        return http.get()
                .uri(path)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void rootIsTheConsole() {
        assertThat(html("/")).contains("<title>Aviary</title>").contains(CONSOLE_ROOT);
    }

    @Test
    void theConsolePageIsRevalidatedSoANewBuildShowsAtOnce() {
        http.get()
                .uri("/projects")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectHeader()
                .valueEquals("Cache-Control", "no-cache");
    }

    @Test
    void clientSideRouteIsTheConsoleForABrowser() {
        assertThat(html("/pipelines")).isEqualTo(html("/"));
        assertThat(html("/pipelines/run-42/logs")).isEqualTo(html("/"));
    }

    @Test
    void clientSideRouteIsNotTheConsoleForAnApiClient() {
        http.get()
                .uri("/pipelines")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain(CONSOLE_ROOT));
    }

    @Test
    void missingFileIsNotFoundEvenForABrowser() {
        http.get()
                .uri("/favicon-that-does-not-exist.png")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void assetsTheConsoleLinksAreServedWithTheirContentType() {
        String index = html("/");

        assertAsset(index, "\\.js", MediaType.valueOf("text/javascript"));
        assertAsset(index, "\\.css", MediaType.valueOf("text/css"));
    }

    private void assertAsset(String index, String extension, MediaType type) {
        var link = Pattern.compile("\"(/assets/[^\"]+" + extension + ")\"").matcher(index);
        assertThat(link.find()).as("index.html links an %s asset", extension).isTrue();

        http.get()
                .uri(link.group(1))
                .accept(MediaType.TEXT_HTML, MediaType.ALL)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(type)
                .expectHeader()
                .valueEquals("Cache-Control", ConsoleCaching.IMMUTABLE)
                .expectBody(String.class)
                .value(body -> assertThat(body).isNotBlank().doesNotContain(CONSOLE_ROOT));
    }
}
