using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.Agreements.Signing;

public enum SigningMailKind { Invitation, Reminder }

/// <summary>The e-mail to a signatory: a link to the signing page, one message per person (no one sees the others' addresses).</summary>
public static class SigningMail
{
    public static void Enqueue(Outbox outbox, PublicAddress links, AgreementVersion version, PartySignatory signatory, string partyName,
        SigningMailKind kind, DateTime now)
    {
        var link = links.Absolute($"/staff/signing/{SigningData.PeriodSlug(version)}/sign");
        var subject = kind == SigningMailKind.Invitation
            ? $"Allekirjoitettavana: {version.Title} {version.Period}"
            : $"Muistutus: {version.Title} {version.Period} odottaa allekirjoitustasi";
        var body = $"""
            Hei {signatory.Name},

            {version.Title} {version.Period} on lähetetty allekirjoitettavaksi {HelsinkiTime.DateOf(version.SentForSigningAt ?? now):d.M.yyyy}.
            Sinut on nimetty allekirjoittajaksi: {partyName}.

            Allekirjoita kirjautumalla palveluun kaksivaiheisella tunnistautumisella:
            {link}

            Allekirjoitettavan tekstin SHA-256-tiiviste: {version.TextHash}

            Perheverkko
            """;
        outbox.Enqueue(new EmailMessage([signatory.Email], subject, body), version.RegionId);
        signatory.Notified(now);
    }
}
