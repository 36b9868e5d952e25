using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Perheverkko.Web.Platform.Notifications;
using Xunit;

namespace Perheverkko.Testing;

/// <summary>
/// Every e-mail a test app's outbox holds, read as it would leave (<see cref="OutboxDispatcher.ToMime"/>) by two
/// independent readers, Python's <c>email</c> package (the strict <c>email.policy.default</c>) and MimeKit: each must
/// be valid MIME, 7-bit clean with a declared transfer encoding and UTF-8 for non-ASCII text, both readers must get
/// the text that was written ("ä" intact), and every link must be absolute under the app's <c>PublicUrl</c>
/// (issue #13 item 2). The tests that make each kind of mail end with <see cref="AssertWellFormedAsync"/>.
/// </summary>
public static partial class MailFormat
{
    /// <summary>Reads each message with Python: its defects, transfer encodings, subject and plain and HTML bodies.</summary>
    private const string Reader = """
        import email, json, sys
        from email import policy
        out = []
        for path in sys.argv[1:]:
            raw = open(path, 'rb').read()
            msg = email.message_from_bytes(raw, policy=policy.default)
            problems = []
            if any(b > 127 for b in raw): problems.append('not 7-bit clean')
            for part in msg.walk():
                problems += [type(d).__name__ for d in part.defects]
                if part.is_multipart(): continue
                cte = part.get('Content-Transfer-Encoding')
                if cte is None: problems.append('no Content-Transfer-Encoding: ' + part.get_content_type())
                elif cte.lower() not in ('quoted-printable', 'base64', '7bit'): problems.append('transfer encoding ' + cte)
                if part.get_content_maintype() == 'text':
                    content = part.get_content()
                    if any(ord(c) > 127 for c in content):
                        if (part.get_content_charset() or '').lower() != 'utf-8': problems.append('charset ' + str(part.get_content_charset()))
                        if (cte or '').lower() not in ('quoted-printable', 'base64'): problems.append('non-ASCII text in ' + str(cte))
            plain = msg.get_body(preferencelist=('plain',))
            html = msg.get_body(preferencelist=('html',))
            out.append({'path': path, 'subject': str(msg['subject']), 'problems': problems,
                        'text': plain.get_content() if plain is not None else None,
                        'html': html.get_content() if html is not None else None,
                        'headers': [str(v) for k, v in msg.items() if k.lower() == 'list-unsubscribe']})
        json.dump(out, sys.stdout)
        """;

    private sealed record Read(string Path, string Subject, List<string> Problems, string? Text, string? Html, List<string> Headers);

    /// <returns>The subjects of the messages checked, so a test can say which kinds it made.</returns>
    public static async Task<IReadOnlyList<string>> AssertWellFormedAsync(TestApp app)
    {
        var folder = Directory.CreateTempSubdirectory("perheverkko-mail-").FullName;
        try
        {
            var written = new List<(string Path, EmailMessage Email, MimeMessage Mime)>();
            await app.WithScopeAsync(async services =>
            {
                var dispatcher = services.GetRequiredService<OutboxDispatcher>();
                var protector = services.GetRequiredService<Perheverkko.Web.Platform.Protection.ContentProtector>();
                var db = services.GetRequiredService<Perheverkko.Web.Data.PerheverkkoDb>();
                // A sealed message's words are erased once it has left: only those still held can be read.
                foreach (var message in await db.OutboxMessages.AsNoTracking().Where(m => m.Payload != "").OrderBy(m => m.CreatedAt).ToListAsync())
                {
                    var payload = message.Kind == EmailMessage.SealedKind ? protector.Open(message.Payload)! : message.Payload;
                    var email = JsonSerializer.Deserialize<EmailMessage>(payload, JsonSerializerOptions.Web)!;
                    var path = Path.Combine(folder, $"{written.Count:D4}.eml");
                    var mime = dispatcher.ToMime(message);
                    await mime.WriteToAsync(path);
                    written.Add((path, email, mime));
                }
            });
            Assert.NotEmpty(written);

            var start = new ProcessStartInfo("python3", ["-c", Reader, .. written.Select(w => w.Path)])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"Python's email package could not read the mail: {errors}");
            var reads = JsonSerializer.Deserialize<List<Read>>(output, JsonSerializerOptions.Web)!;

            foreach (var ((path, email, _), python) in written.Zip(reads))
            {
                var label = $"\"{email.Subject}\"";
                Assert.True(python.Problems.Count == 0, $"{label}: {string.Join(", ", python.Problems)}");
                var mimeKit = await MimeMessage.LoadAsync(path);
                // Both readers get what was written, word for word: the subject and each body.
                Assert.Equal(email.Subject, python.Subject);
                Assert.Equal(email.Subject, mimeKit.Subject);
                Assert.Equal(Lines(email.TextBody), Lines(python.Text));
                Assert.Equal(Lines(email.TextBody), Lines(mimeKit.TextBody));
                Assert.Equal(Lines(email.HtmlBody), Lines(python.Html));
                Assert.Equal(Lines(email.HtmlBody), Lines(mimeKit.HtmlBody));
                foreach (var link in Links(python.Text).Concat(Links(python.Html)).Concat(python.Headers.SelectMany(Links)))
                    Assert.True(link.StartsWith(TestApp.PublicUrl + "/", StringComparison.Ordinal) || !IsOwn(link), $"{label}: the link {link} is not under PublicUrl.");
                Assert.True(python.Html is null || !RelativeHref().IsMatch(python.Html), $"{label}: a relative link in the HTML.");
                Assert.True(python.Text is null || !RelativePath().IsMatch(python.Text), $"{label}: a relative link in the text.");
            }
            return written.Select(w => w.Email.Subject).ToList();
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    private static string? Lines(string? text) => text?.ReplaceLineEndings("\n").TrimEnd('\n');

    private static IEnumerable<string> Links(string? text) =>
        text is null ? [] : AbsoluteLink().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ')', '>', ';'));

    /// <summary>A link to the app itself (any other host is an address someone typed, such as a meeting's video link).</summary>
    private static bool IsOwn(string link) => new Uri(link).Host is "perheverkko.example" or "localhost" or "127.0.0.1";

    [GeneratedRegex(@"https?://[^\s""'<>]+")]
    private static partial Regex AbsoluteLink();

    [GeneratedRegex(@"href=""(?!https?://|mailto:)")]
    private static partial Regex RelativeHref();

    /// <summary>A path of the app on its own, not after a host: "/staff/…", "/api/…", "/sign-in/…" and the public pages.</summary>
    [GeneratedRegex(@"(?<![\w.:/-])/(staff|api|sign-in|perheneuvo|directory|calendar|announcements)/")]
    private static partial Regex RelativePath();
}
