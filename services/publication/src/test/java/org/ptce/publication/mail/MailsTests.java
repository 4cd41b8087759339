package org.ptce.publication.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailsTests {

    @Test
    void theHtmlAlternativeKeepsTheParagraphsAndEscapesWhatWasTyped() {
        String html = Mails.html("Bonjour,\n\nVotre candidature « <b>Pôle</b> & co » :\nLauréat.\n");

        assertThat(html).contains("<p>Bonjour,</p>")
                .contains("<p>Votre candidature « &lt;b&gt;Pôle&lt;/b&gt; &amp; co » :<br>Lauréat.</p>")
                .doesNotContain("<b>");
    }
}
