package io.rebound.ui.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Debian Chromium driven through Debian's chromedriver ({@code
 * scripts/install-test-deps.sh} installs both). No browser download, no Selenium Manager: the
 * binaries are given by path ({@code -Drebound.chromium} / {@code -Drebound.chromedriver} override
 * them). Flags as verified on these machines (shared/reference): no sandbox (root), no GPU, no
 * background networking (the closed network refuses it), a fresh profile per browser.
 *
 * <p>Screenshots go to {@code target/screenshots/<name>.png} of the module running the test (the
 * build artifacts the UI acceptance asks for).
 */
public final class Browser implements AutoCloseable {
  /** Default wait for a condition on the page. */
  public static final Duration WAIT = Duration.ofSeconds(15);

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a headless browser with a tablet-sized window (1024 x 768). */
  public static Browser start() {
    return start(1024, 768);
  }

  /** Starts a headless browser with the given window size in CSS pixels. */
  public static Browser start(int width, int height) {
    String chromium = System.getProperty("rebound.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("rebound.chromedriver", "/usr/bin/chromedriver");
    requireExecutable(chromium, "rebound.chromium");
    requireExecutable(chromedriver, "rebound.chromedriver");
    Path profile;
    try {
      profile = Files.createTempDirectory("rebound-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
    return new Browser(driver, profile);
  }

  private static void requireExecutable(String path, String property) {
    if (!new File(path).canExecute()) {
      throw new IllegalStateException(
          path + " is not installed (run scripts/install-test-deps.sh, or set -D" + property + ")");
    }
  }

  /** The Selenium driver, for anything this class does not wrap. */
  public WebDriver driver() {
    return driver;
  }

  /** Loads a page and returns the time until the browser reported it loaded. */
  public Duration open(String url) {
    long start = System.nanoTime();
    driver.get(url);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Waits until {@code condition} returns a non-null, non-false value, then returns it. */
  public <T> T waitFor(Function<WebDriver, T> condition) {
    return waitFor(WAIT, condition);
  }

  /**
   * Waits at most {@code timeout} until {@code condition} holds. Live pages re-render: an element a
   * condition found may be replaced before it is read, so a stale element means "not yet" and the
   * condition is polled again.
   */
  public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  /** Waits for a visible element matching the CSS selector. */
  public WebElement visible(String css) {
    return waitFor(
        d -> {
          List<WebElement> found = d.findElements(By.cssSelector(css));
          return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
  }

  /**
   * The visible text of the first visible element matching the CSS selector, read inside the wait
   * so that a re-render between finding and reading it is retried.
   */
  public String text(String css) {
    return waitFor(d -> visible(css).getText());
  }

  /**
   * An attribute of the first visible element matching the CSS selector ({@code null} when absent),
   * read inside the wait like {@link #text(String)}.
   */
  public String attribute(String css, String name) {
    return waitFor(d -> Optional.ofNullable(visible(css).getAttribute(name))).orElse(null);
  }

  /** Every element matching the CSS selector right now. */
  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Runs JavaScript in the page. */
  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Writes {@code target/screenshots/<name>.png} and returns its path. */
  public Path screenshot(String name) {
    Path dir = Path.of("target", "screenshots");
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temp profile is harmless
    }
  }
}
