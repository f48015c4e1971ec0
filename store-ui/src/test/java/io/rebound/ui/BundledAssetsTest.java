package io.rebound.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything the store-ui jar ships works with no internet: no html/js/css file names an external
 * URL (comments and xmlns excepted), and every {@code src}/{@code href}, ES module import and CSS
 * {@code url()} resolves to a file on the classpath (our jar or the uPlot webjar).
 */
class BundledAssetsTest {
  private static final Path ROOT = Path.of("src/main/resources/META-INF/resources");
  private static final Pattern EXTERNAL =
      Pattern.compile("(?i)(https?:)?//[a-z0-9-]+(\\.[a-z0-9-]+)+");
  private static final Pattern HTML_REF =
      Pattern.compile("(?i)\\b(?:src|href)\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern JS_IMPORT =
      Pattern.compile(
          "(?m)(?:^\\s*import\\b[^'\"]*?from\\s*|\\bimport\\s*\\(\\s*|^\\s*import\\s*)['\"]([^'\"]+)['\"]");
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

  @Test
  void no_shipped_file_names_an_external_url() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : shipped()) {
      String text = withoutComments(file, Files.readString(file, StandardCharsets.UTF_8));
      Matcher m = EXTERNAL.matcher(text);
      while (m.find()) {
        found.add(ROOT.relativize(file) + ": " + m.group());
      }
    }
    assertThat(found).as("external URLs in shipped files").isEmpty();
  }

  @Test
  void every_reference_resolves_to_a_bundled_file() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Path file : shipped()) {
      String name = file.getFileName().toString();
      String text = withoutComments(file, Files.readString(file, StandardCharsets.UTF_8));
      Pattern p = name.endsWith(".html") ? HTML_REF : name.endsWith(".css") ? CSS_URL : JS_IMPORT;
      Matcher m = p.matcher(text);
      while (m.find()) {
        String ref = m.group(1);
        if (ref.startsWith("#") || ref.startsWith("data:")) {
          continue;
        }
        checked++;
        if (!resolves(file, ref)) {
          missing.add(ROOT.relativize(file) + " -> " + ref);
        }
      }
    }
    assertThat(missing).as("references to files that are not bundled").isEmpty();
    assertThat(checked).as("references checked").isGreaterThan(10);
  }

  @Test
  void the_checks_catch_an_external_url_and_a_missing_file() {
    assertThat(EXTERNAL.matcher("<script src=\"https://cdn.example.com/x.js\">").find()).isTrue();
    assertThat(EXTERNAL.matcher("import x from '//unpkg.com/uplot'").find()).isTrue();
    assertThat(resolves(ROOT.resolve("ui/index.html"), "nope.js")).isFalse();
    assertThat(resolves(ROOT.resolve("ui/index.html"), "/webjars/uplot/1.6.30/dist/uPlot.min.css"))
        .isTrue();
  }

  private static List<Path> shipped() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      List<Path> out =
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().matches(".*\\.(html|js|css)$"))
              .toList();
      assertThat(out).isNotEmpty();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Comments (html, css, js) and xmlns declarations may name URLs: they are not fetched. */
  private static String withoutComments(Path file, String text) {
    String t = text.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)/\\*.*?\\*/", "");
    t = t.replaceAll("xmlns(:\\w+)?=\"[^\"]*\"", "");
    if (file.toString().endsWith(".js")) {
      t = t.replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?m)\\s//\\s.*$", "");
    }
    return t;
  }

  /** A reference resolves to a classpath resource under META-INF/resources. */
  private static boolean resolves(Path from, String ref) {
    String clean = ref.replaceAll("[?#].*$", "");
    String path;
    if (clean.startsWith("/")) {
      path = clean;
    } else {
      String base = "/" + ROOT.relativize(from).toString().replace('\\', '/');
      path = URI.create(base).resolve(clean).getPath();
    }
    if (path.endsWith("/")) {
      path = path + "index.html";
    }
    return BundledAssetsTest.class.getClassLoader().getResource("META-INF/resources" + path)
        != null;
  }
}
