package org.ptce.identity.account;

import java.util.function.Supplier;

import org.ptce.identity.mail.OutgoingMails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails the provider writes to people about their account, in French, each with the link it is for. The link's
 * token is made only once the mail is sure to be queued (an address gets a few an hour): a refused mail voids no
 * earlier link. What a person typed (their name) is never written to an address not proven theirs: a sign-up must
 * not send someone else's words under the platform's name.
 */
@Component
class AccountMails {

    private final OutgoingMails mails;
    private final String providerUrl;
    private final String platformUrl;

    AccountMails(OutgoingMails mails,
            @Value("${spring.security.oauth2.authorizationserver.issuer}") String providerUrl,
            @Value("${PTCE_WEB_BASE_URL:http://localhost:8080}") String platformUrl) {
        this.mails = mails;
        this.providerUrl = providerUrl.replaceAll("/$", "");
        this.platformUrl = platformUrl.replaceAll("/$", "");
    }

    boolean verifyAddress(Account account, Supplier<String> link) {
        if (!mails.acceptsMore(account.username())) {
            return false;
        }
        String token = link.get();
        mails.queue(account.username(), "Confirmez votre adresse électronique",
                "Bonjour,\n\n"
                        + "Vous venez de créer un compte sur la plateforme des appels PTCE. Pour l'activer, ouvrez ce"
                        + " lien dans les 24 heures :\n\n" + providerUrl + "/inscription/confirmer?jeton=" + token
                        + "\n\nSi vous n'êtes pas à l'origine de cette inscription, ignorez ce message : aucun compte"
                        + " ne sera activé.\n");
        return true;
    }

    /** A sign-up with an address that has an account: its owner is told, and nobody else learns it. */
    void alreadyRegistered(Account account) {
        if (!mails.acceptsMore(account.username())) {
            return;
        }
        mails.queue(account.username(), "Vous avez déjà un compte",
                "Bonjour " + account.displayName() + ",\n\n"
                        + "Quelqu'un, sans doute vous, a demandé à créer un compte avec cette adresse sur la plateforme"
                        + " des appels PTCE. Vous en avez déjà un : connectez-vous sur\n\n" + platformUrl + "/\n\n"
                        + "Mot de passe oublié ? Choisissez-en un nouveau ici :\n\n" + providerUrl
                        + "/mot-de-passe-oublie\n\nSi vous n'avez rien demandé, ignorez ce message.\n");
    }

    void resetPassword(Account account, Supplier<String> link) {
        if (!mails.acceptsMore(account.username())) {
            return;
        }
        String token = link.get();
        mails.queue(account.username(), "Choisir un nouveau mot de passe",
                "Bonjour,\n\n"
                        + "Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n\n" + providerUrl
                        + "/mot-de-passe/nouveau?jeton=" + token + "\n\n"
                        + "Toutes vos connexions en cours seront fermées. Si vous n'avez rien demandé, ignorez ce"
                        + " message : votre mot de passe reste le même.\n");
    }

    boolean invitation(Account account, String invitedBy, Supplier<String> link) {
        if (!mails.acceptsMore(account.username())) {
            return false;
        }
        String token = link.get();
        mails.queue(account.username(), "Invitation à la plateforme des appels PTCE",
                "Bonjour " + account.displayName() + ",\n\n"
                        + invitedBy + " vous invite sur la plateforme des appels PTCE comme "
                        + AccountLabels.role(account.role()) + ".\n\n"
                        + "Pour choisir votre mot de passe et accéder à votre espace, ouvrez ce lien dans les 7 jours :"
                        + "\n\n" + providerUrl + "/invitation?jeton=" + token + "\n");
        return true;
    }
}
