using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Oversight.Notifications;

/// <summary>Outgoing e-mail (section <c>Mail</c>); without a host, notifications stay in the in-app inbox only.</summary>
public sealed class MailSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>StartTls (default), SslOnConnect or None (a relay inside the office network).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "giam-sat@localhost";
    public string FromName { get; set; } = "Giám sát HĐND";
}

/// <summary>An e-mail to send; a durable message, so a mail server that is down delays it instead of losing it.</summary>
public sealed record SendEmail(string To, string Subject, string Body);

public static class SendEmailHandler
{
    public static async Task Handle(SendEmail message, IOptions<MailSettings> options, ILogger<MailSettings> logger, CancellationToken cancellation)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            return;
        }

        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mail.To.Add(MailboxAddress.Parse(message.To));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellation);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellation);
        }

        await client.SendAsync(mail, cancellation);
        await client.DisconnectAsync(true, cancellation);
        logger.LogInformation("E-mail “{Subject}” sent to {To}", message.Subject, message.To);
    }
}
