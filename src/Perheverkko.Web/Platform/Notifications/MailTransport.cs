using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Perheverkko.Web.Platform.Notifications;

public enum MailDelivery
{
    /// <summary>Writes each message as an .eml file into a folder: the embedded default, nothing leaves the machine.</summary>
    Pickup,
    Smtp,
}

public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;
    public string From { get; set; } = "Perheverkko <noreply@perheverkko.example>";
    /// <summary>Relative paths are under the content root.</summary>
    public string PickupFolder { get; set; } = "data/mail";
    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string Host { get; set; } = "localhost";
        public int Port { get; set; } = 25;
        /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's names).</summary>
        public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public int TimeoutSeconds { get; set; } = 30;
    }
}

public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Smtp;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

public sealed class PickupFolderMailTransport(MailOptions options, IHostEnvironment environment, TimeProvider clock) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.PickupFolder);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmss}-{message.MessageId}.eml");
        await message.WriteToAsync(file, cancellationToken);
    }
}
