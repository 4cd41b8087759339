package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The steps several browser tests take the same way, with the keyboard. */
final class PageSteps {

    /**
     * The link to start a candidacy to the seeds' open call, on the holder's dashboard: other tests of the shared
     * platform open calls of their own.
     */
    static final By START_A_CANDIDACY_TO_THE_DEMO_CALL = By.xpath(
            "//li[h3[starts-with(normalize-space(), 'AMI PTCE 2027')]]//a[contains(@href, '/candidater')]");

    private PageSteps() {
    }

    /** From the home page, signs in through the provider's form, and waits for the header to name the person. */
    static void signIn(Browser browser, String web, String username, String password) {
        browser.open(web + "/", "accueil");
        browser.pressEnterOn(By.linkText("Se connecter"));
        browser.waitFor(By.id("username"));
        browser.pageChanged("connexion");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.pressEnterOn(By.id("password"));
        browser.waitFor(By.className("who"));
        browser.pageChanged("connecte");
    }

    /** Fills a member row of the dossier; the kind is chosen by typing its first letters in the list. */
    static void member(Browser browser, int row, String name, String kindTyped, String siret) {
        browser.type(By.id("members-" + row + "-name"), name);
        browser.driver().findElement(By.id("members-" + row + "-kind")).sendKeys(kindTyped);
        browser.type(By.id("members-" + row + "-siret"), siret);
        assertThat(new Select(browser.driver().findElement(By.id("members-" + row + "-kind")))
                .getFirstSelectedOption().getText()).startsWith(kindTyped);
    }

    /** Adds a member row (the form is saved and shown again, the focus in the new row's name). */
    static void addMember(Browser browser) {
        int rows = browser.driver().findElements(By.cssSelector(".member")).size();
        browser.pressEnterOn(By.cssSelector("button[value=add-member]"));
        browser.waitFor(By.id("members-" + rows + "-name"));
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("members-" + rows + "-name");
    }
}
