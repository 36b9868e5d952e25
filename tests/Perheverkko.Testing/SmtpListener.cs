using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Perheverkko.Testing;

public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data);

/// <summary>
/// A real SMTP server on a free loopback port, speaking the part of RFC 5321 a client needs to deliver mail
/// (EHLO/HELO, MAIL, RCPT, DATA with dot-stuffing, RSET, NOOP, QUIT). It can be told to refuse mail, as a
/// server that is down for maintenance would (421), so retries can be tested against a real conversation.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;

    public SmtpListener()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The app's settings to send its mail here, with the public address its links are made from.</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        ["Mail:Delivery"] = "Smtp",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:From"] = "Perheverkko <noreply@perheverkko.example>",
        ["PublicUrl"] = TestApp.PublicUrl,
    };
    public ConcurrentQueue<ReceivedMail> Received { get; } = new();
    /// <summary>While true, every connection is greeted with 421 and closed.</summary>
    public bool Refusing { get; set; }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        // It offers 8BITMIME, so message bodies arrive as 8-bit UTF-8 (Finnish letters); commands are ASCII, a subset.
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        if (Refusing)
        {
            await writer.WriteLineAsync("421 test server refusing mail");
            return;
        }
        await writer.WriteLineAsync("220 localhost perheverkko-test ESMTP");
        string from = "";
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-localhost");
                    await writer.WriteLineAsync("250-8BITMIME");
                    await writer.WriteLineAsync("250 SMTPUTF8");
                    break;
                case "HELO": await writer.WriteLineAsync("250 localhost"); break;
                case "MAIL": from = Address(line); to.Clear(); await writer.WriteLineAsync("250 OK"); break;
                case "RCPT": to.Add(Address(line)); await writer.WriteLineAsync("250 OK"); break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    Received.Enqueue(new ReceivedMail(from, to.ToList(), data.ToString()));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "RSET": from = ""; to.Clear(); await writer.WriteLineAsync("250 OK"); break;
                case "NOOP": await writer.WriteLineAsync("250 OK"); break;
                case "QUIT": await writer.WriteLineAsync("221 bye"); return;
                default: await writer.WriteLineAsync("502 not implemented"); break;
            }
        }
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>');
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try { await accepting; } catch { }
        stop.Dispose();
    }
}
