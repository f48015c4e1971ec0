package io.rebound.central.console;

import static io.restassured.RestAssured.given;

import io.rebound.ui.testing.Browser;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Drives the ops console in a real browser: login, navigation, the rows tests look at. */
final class OpsConsolePage {
  static final String PASSWORD = "console-test-password";
  private static final AtomicInteger USERS = new AtomicInteger();

  private final Browser browser;
  private final URI base;

  OpsConsolePage(Browser browser, URI base) {
    this.browser = browser;
    this.base = base;
  }

  Browser browser() {
    return browser;
  }

  /** A new ops user with {@code role} (viewer | operator), created by the test operator. */
  static String newUser(String role) {
    String name = role + "-" + ProcessHandle.current().pid() + "-" + USERS.incrementAndGet();
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", name, "password", PASSWORD, "role", role))
        .post("/api/v1/ops/users")
        .then()
        .statusCode(201);
    return name;
  }

  String url(String hash) {
    return base.resolve("/ops/").toString() + hash;
  }

  /** Opens the console and logs in through its form; returns once the navigation shows. */
  void login(String user, String password) {
    browser.open(url(""));
    WebElement name = browser.visible("[data-testid=login-user]");
    name.clear();
    name.sendKeys(user);
    browser.visible("[data-testid=login-password]").sendKeys(password);
    browser.visible("[data-testid=login-submit]").click();
    browser.waitFor(d -> d.findElement(By.id("who")).getText().contains(user));
  }

  /** Navigates inside the single page (no reload) to {@code #/…}. */
  void go(String hash) {
    browser.script("location.hash = arguments[0]", hash);
  }

  WebElement fleetRow(String storeId) {
    return browser.visible("[data-testid=fleet-row][data-store='" + storeId + "']");
  }

  /** The text of a cell ({@code data-testid}) of a store's fleet row; "" while it is not shown. */
  String cell(String storeId, String testId) {
    Object text =
        browser.script(
            "const row = document.querySelector(`[data-testid=fleet-row][data-store='${arguments[0]}']`);"
                + " const cell = row && row.querySelector(`[data-testid=${arguments[1]}]`);"
                + " return cell ? cell.textContent : '';",
            storeId,
            testId);
    return String.valueOf(text);
  }

  /** "true"/"false" from a store's fleet row ({@code data-online}); "" while it is not shown. */
  String online(String storeId) {
    Object value =
        browser.script(
            "const row = document.querySelector(`[data-testid=fleet-row][data-store='${arguments[0]}']`);"
                + " return row ? row.dataset.online : '';",
            storeId);
    return String.valueOf(value);
  }

  /** Store ids of the fleet rows in display order, only those starting with {@code prefix}. */
  List<String> fleetOrder(String prefix) {
    Object ids =
        browser.script(
            "return [...document.querySelectorAll('[data-testid=fleet-row]')]"
                + ".map(r => r.dataset.store)");
    return ((List<?>) ids).stream().map(String::valueOf).filter(s -> s.startsWith(prefix)).toList();
  }

  /** Marks the page so a test can prove later that it was not reloaded. */
  void markPage() {
    browser.script("window.__notReloaded = true");
  }

  boolean stillSamePage() {
    return Boolean.TRUE.equals(browser.script("return window.__notReloaded === true"));
  }

  static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
