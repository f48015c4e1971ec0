package io.rebound.ui.testing;

import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Reads and actions on pages that re-render while they are open (live queues, banners): each call
 * looks the element up again and retries when a re-render replaced it between lookup and use, so a
 * test never holds a stale reference.
 */
public final class LivePage {
  private final Browser browser;

  public LivePage(Browser browser) {
    this.browser = browser;
  }

  /** Whether an element matches {@code css} now. */
  public boolean exists(String css) {
    return Boolean.TRUE.equals(
        browser.script("return document.querySelector(arguments[0]) !== null", css));
  }

  /** The text content of the first element matching {@code css} now ("" if none). */
  public String text(String css) {
    Object t =
        browser.script(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : ''", css);
    return String.valueOf(t);
  }

  /**
   * Waits for a displayed element matching {@code css} and clicks it, retrying after re-renders.
   */
  public void click(String css) {
    act(css, WebElement::click);
  }

  /** Waits for a displayed element matching {@code css} and types into it. */
  public void type(String css, String text) {
    act(css, e -> e.sendKeys(text));
  }

  private void act(String css, Consumer<WebElement> action) {
    browser.waitFor(
        d -> {
          try {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            for (WebElement e : found) {
              if (e.isDisplayed()) {
                action.accept(e);
                return true;
              }
            }
            return null;
          } catch (StaleElementReferenceException e) {
            return null;
          }
        });
  }
}
