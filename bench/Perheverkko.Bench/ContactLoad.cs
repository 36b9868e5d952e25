using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Perheverkko.Bench;

/// <summary>
/// The Perheneuvo form under concurrent submissions (issue 15: "a load test of concurrent submissions counts stored
/// contacts equal to acknowledged ones"). Each of <c>concurrency</c> clients reads the form once (its antiforgery
/// cookie and token, as a browser does) and then posts questions as fast as it is answered. A submission is
/// acknowledged when the answer is 200 with a receipt (its reference code); the caller compares those with the rows.
/// </summary>
public static partial class ContactLoad
{
    public sealed record Result(int Sent, int Acknowledged, int Refused, int Failed, TimeSpan Elapsed, IReadOnlyCollection<string> References);

    public static async Task<Result> RunAsync(string baseUrl, int count, int concurrency, Guid municipalityId, Guid topicId)
    {
        var references = new ConcurrentBag<string>();
        int next = 0, acknowledged = 0, refused = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async client =>
        {
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
                { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
            var form = await http.GetStringAsync("/perheneuvo");
            var token = WebUtility.HtmlDecode(CsrfField().Match(form).Groups[1].Value);
            while (Interlocked.Increment(ref next) <= count)
            {
                var n = next;
                var fields = new Dictionary<string, string>
                {
                    ["__csrf"] = token,
                    // Every other question has no municipality: both the team's queue and the regional queue are exercised.
                    ["Input.MunicipalityId"] = n % 2 == 0 ? municipalityId.ToString() : "",
                    ["Input.TopicId"] = topicId.ToString(),
                    ["Input.Question"] = $"Kuormitustestin kysymys {n}: miten tuemme lasta, joka jännittää päiväkotiin lähtöä aamuisin?",
                    ["Input.AnswerBy"] = n % 3 == 0 ? "Email" : "AnswerPage",
                    ["Input.Email"] = n % 3 == 0 ? $"kuorma{n}@example.org" : "",
                };
                try
                {
                    using var response = await http.PostAsync("/perheneuvo", new FormUrlEncodedContent(fields));
                    var html = await response.Content.ReadAsStringAsync();
                    var reference = ReferenceOnReceipt().Match(html);
                    if (response.StatusCode == HttpStatusCode.OK && reference.Success)
                    {
                        references.Add(reference.Groups[1].Value);
                        Interlocked.Increment(ref acknowledged);
                    }
                    else if (response.StatusCode == HttpStatusCode.TooManyRequests) Interlocked.Increment(ref refused);
                    else Interlocked.Increment(ref failed);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref failed); }
                catch (TaskCanceledException) { Interlocked.Increment(ref failed); }
            }
        }));
        return new Result(count, acknowledged, refused, failed, clock.Elapsed, references.ToList());
    }

    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();

    [GeneratedRegex("id=\"advice-reference\">([^<]+)<")]
    private static partial Regex ReferenceOnReceipt();
}
