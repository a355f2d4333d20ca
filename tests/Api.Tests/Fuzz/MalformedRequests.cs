using System.Net.Http.Headers;
using System.Text;

namespace CaseFlow.Api.Tests.Fuzz;

/// <summary>A seeded generator of malformed requests against the persons, processes and auth endpoints.</summary>
internal static class MalformedRequests
{
    private static readonly string[] IdNumbers =
    [
        "", "1", "11010519491231002", "11010519491231002X1", "530102192005080119", "11010519491331002X", "11010599991231002X",
        "ABCDEFGHIJKLMNOPQR", "11010519491231002x", "１１０１０５１９４９１２３１００２Ｘ", "110105194912310\u0000X", "' OR 1=1 --",
    ];

    private static readonly string[] Paths =
    [
        "/api/persons/..%2F..%2Fetc%2Fpasswd", "/api/persons/%2e%2e/%2e%2e/", "/api/persons/P" + new string('9', 400),
        "/api/persons/<script>", "/api/persons/%00", "/api/persons/P1/history", "/api/persons/%E4%BD%A0%E5%A5%BD",
        "/api/processes/..%2Fsecret/versions", "/api/processes/x/versions/-1/xml", "/api/processes/x/versions/99999999999/xml",
        "/api/persons?page=-1", "/api/persons?pageSize=100000", "/api/persons?q=%00%00", "/api/persons?town=" + new string('x', 3000),
        "/api/persons?page=abc", "/api/persons?q=11010519491231002X",
    ];

    private static readonly string[] Values =
    [
        "null", "true", "0", "-1", "1e400", "\"\"", "[]", "{}", "\"\\u0000\"", "\"" + new string('长', 5000) + "\"",
        "\"2026-02-30\"", "\"9999-12-31\"", "\"Unknown\"", "[1,2,3]", "{\"a\":{\"b\":{\"c\":[]}}}", "\"../../etc/passwd\"",
    ];

    private static readonly string[] Fields =
        ["name", "gender", "birthDate", "idNumber", "townCode", "villageCode", "phone", "guardian", "removeGuardian", "extra"];

    public static HttpRequestMessage Next(Random random, int index) => (index % 8) switch
    {
        0 => Json(HttpMethod.Post, "/api/persons", BrokenJson(random)),
        1 => Json(HttpMethod.Post, "/api/persons", WrongTypes(random)),
        2 => Json(HttpMethod.Post, "/api/persons", InvalidIdNumber(random)),
        3 => Patch(random),
        4 => new HttpRequestMessage(HttpMethod.Get, new Uri(Paths[random.Next(Paths.Length)], UriKind.Relative)),
        5 => Xml(random),
        6 => index % 400 == 6 ? Oversized() : Json(HttpMethod.Post, "/api/processes/validate", WrongTypes(random)),
        _ => JunkHeaders(random),
    };

    private static string BrokenJson(Random random)
    {
        var valid = "{\"name\":\"张三\",\"idNumber\":\"11010519491231002X\",\"townCode\":\"610921.01\",\"villageCode\":\"610921.01.001\"}";
        var cut = random.Next(valid.Length);
        return random.Next(3) switch
        {
            0 => valid[..cut],
            1 => valid.Insert(cut, new string((char)random.Next(0x20, 0x7f), random.Next(1, 4))),
            _ => new string('[', random.Next(1, 300)),
        };
    }

    private static string WrongTypes(Random random)
    {
        var builder = new StringBuilder("{");
        var count = random.Next(1, Fields.Length);
        for (var i = 0; i < count; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append('"').Append(Fields[random.Next(Fields.Length)]).Append("\":").Append(Values[random.Next(Values.Length)]);
        }

        return builder.Append('}').ToString();
    }

    private static string InvalidIdNumber(Random random) =>
        $"{{\"name\":\"李四\",\"idNumber\":\"{IdNumbers[random.Next(IdNumbers.Length)].Replace("\"", "", StringComparison.Ordinal)}\",\"townCode\":\"610921.01\",\"villageCode\":\"610921.01.001\"}}";

    private static HttpRequestMessage Patch(Random random)
    {
        var request = Json(HttpMethod.Patch, "/api/persons/P" + random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture), WrongTypes(random));
        string[] etags = ["\"1\"", "W/\"1\"", "*", "\"abc\"", "\"1\", \"2\"", "\"" + new string('9', 40) + "\""];
        request.Headers.TryAddWithoutValidation("If-Match", etags[random.Next(etags.Length)]);
        return request;
    }

    private static HttpRequestMessage Xml(Random random)
    {
        string[] bodies =
        [
            "<definitions", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"p\" isExecutable=\"true\"/></bpmn:definitions>",
            new string('<', 5000), "\u0000\u0001\u0002", "{\"json\": true}",
        ];
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(random.Next(2) == 0 ? "/api/processes/validate" : "/api/processes", UriKind.Relative))
        {
            Content = new StringContent(bodies[random.Next(bodies.Length)], Encoding.UTF8, "application/xml"),
        };
        return request;
    }

    private static HttpRequestMessage Oversized()
    {
        var request = Json(HttpMethod.Post, "/api/persons", "{\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
        request.Headers.ExpectContinue = true;
        return request;
    }

    private static HttpRequestMessage JunkHeaders(Random random)
    {
        var request = Json(HttpMethod.Post, "/api/persons", WrongTypes(random));
        request.Headers.TryAddWithoutValidation("Idempotency-Key", random.Next(2) == 0 ? new string('k', 300) : "two words");
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue(random.Next(2) == 0 ? "text/plain" : "application/json");
        return request;
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, string body) =>
        new(method, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
