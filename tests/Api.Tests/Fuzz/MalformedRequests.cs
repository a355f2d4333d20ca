using System.Net.Http.Headers;
using System.Text;

namespace CaseFlow.Api.Tests.Fuzz;

/// <summary>
/// A seeded generator of malformed requests against the persons, processes, task, petition and case-file endpoints:
/// broken JSON, wrong types, invalid ID numbers, path traversal in paths and in attachment file names, oversized
/// bodies and junk headers.
/// </summary>
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
        "/api/tasks?q=%00", "/api/tasks?assignee=%00x&personId=%01", "/api/instances?businessKey=%00", "/api/instances?processKey=%00&personId=%00",
        "/api/petitions?personId=%00&status=%00", "/api/colleagues?q=%00", "/api/notifications?page=%00", "/api/persons?village=%00&town=%1f",
    ];

    private static readonly string[] Values =
    [
        "null", "true", "0", "-1", "1e400", "\"\"", "[]", "{}", "\"\\u0000\"", "\"" + new string('长', 5000) + "\"",
        "\"2026-02-30\"", "\"9999-12-31\"", "\"Unknown\"", "[1,2,3]", "{\"a\":{\"b\":{\"c\":[]}}}", "\"../../etc/passwd\"",
    ];

    private static readonly string[] Fields =
        ["name", "gender", "birthDate", "idNumber", "townCode", "villageCode", "phone", "guardian", "removeGuardian", "extra"];

    /// <summary>File names an attacker would try: traversal with either separator or encoded, a NUL, absolute paths,
    /// a reserved device name, a right-to-left override, hidden files and a name of 5,000 characters.</summary>
    public static readonly string[] AttachmentNames =
    [
        "../../etc/passwd.png", "..\\..\\windows\\system32\\drivers.png", "%2e%2e%2f%2e%2e%2fetc%2fshadow.png", "scan\0.png", "/etc/passwd",
        "C:\\Windows\\win.ini", "\\\\server\\share\\x.png", "....//....//x.png", ".htaccess", "..", ".", "CON", "a\u202Egnp.exe", "   ",
        new string('a', 5000) + ".png", "ok/../../../x.png", "\u0001\u001f.png",
    ];

    /// <summary>The case-file commands a village member or caseworker sends about a person.</summary>
    private static readonly string[] CaseFileCommands =
        ["visits", "problems", "problems/problem-1/resolve", "certificates", "benefits", "services", "assistance", "enrolments", "process-links", "insurance-reductions"];

    private static readonly string[] TaskCommands =
        ["complete", "claim", "unclaim", "assign", "delegate", "resolve", "return", "comments", "pause", "resume"];

    private static readonly string[] PetitionCommands = ["acceptance", "extension", "answer", "reviews", "reviews/result", "satisfaction", "close"];

    public static HttpRequestMessage Next(Random random, int index, FuzzTargets targets) => (index % 12) switch
    {
        0 => Json(HttpMethod.Post, "/api/persons", BrokenJson(random)),
        1 => Json(HttpMethod.Post, "/api/persons", WrongTypes(random)),
        2 => Json(HttpMethod.Post, "/api/persons", InvalidIdNumber(random)),
        3 => Patch(random),
        4 => new HttpRequestMessage(HttpMethod.Get, new Uri(Paths[random.Next(Paths.Length)], UriKind.Relative)),
        5 => Xml(random),
        6 => index % 400 == 6 ? Oversized() : Json(HttpMethod.Post, "/api/processes/validate", WrongTypes(random)),
        7 => JunkHeaders(random),
        8 => Attachment(random, targets.AttachmentTaskId),
        9 => TaskCommand(random, targets.TaskId),
        10 => PetitionCommand(random, targets),
        _ => CaseFileCommand(random, targets.PersonId),
    };

    /// <summary>A real 1×1 PNG (stored if the name is acceptable once cleaned), a lie about its type, or junk bytes.</summary>
    /// <remarks>The multipart body is written byte by byte, so names with separators, NULs and control characters arrive
    /// exactly as an attacker would send them (the client's own header builder would refuse or encode them).</remarks>
    private static HttpRequestMessage Attachment(Random random, string taskId)
    {
        var bytes = random.Next(3) == 0 ? Encoding.UTF8.GetBytes(new string('x', random.Next(1, 2000))) : Auth.RouteTableRequests.Png;
        var declared = random.Next(4) == 0 ? "application/x-msdownload" : "image/png";
        var name = AttachmentNames[random.Next(AttachmentNames.Length)];
        const string boundary = "fuzz-boundary-7f3a";
        using var body = new MemoryStream();
        var head = Encoding.UTF8.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: {declared}\r\n\r\n");
        body.Write(head);
        body.Write(bytes);
        body.Write(Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n"));
        var content = new ByteArrayContent(body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        var path = random.Next(5) == 0 ? $"/api/tasks/{Uri.EscapeDataString("../" + taskId)}/attachments" : $"/api/tasks/{taskId}/attachments";
        return new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
    }

    private static HttpRequestMessage TaskCommand(Random random, string taskId)
    {
        var id = random.Next(4) == 0 ? "T" + new string('9', random.Next(1, 600)) : taskId;
        HttpRequestMessage request = random.Next(4) switch
        {
            0 => Json(HttpMethod.Put, $"/api/tasks/{id}/{(random.Next(2) == 0 ? "priority" : "due-date")}", WrongTypes(random)),
            1 => Json(HttpMethod.Post, "/api/tasks/filters", random.Next(2) == 0 ? BrokenJson(random) : WrongTypes(random)),
            _ => Json(HttpMethod.Post, $"/api/tasks/{id}/{TaskCommands[random.Next(TaskCommands.Length)]}", random.Next(2) == 0 ? BrokenJson(random) : WrongTypes(random)),
        };
        AddIfMatch(random, request);
        return request;
    }

    private static HttpRequestMessage PetitionCommand(Random random, FuzzTargets targets)
    {
        var body = random.Next(2) == 0 ? BrokenJson(random) : WrongTypes(random);
        if (random.Next(3) == 0)
        {
            // A registration with wrong types, or about the real person with every other field broken.
            return Json(HttpMethod.Post, "/api/petitions", random.Next(2) == 0 ? body : body.TrimEnd('}') + (body.Length > 2 ? "," : "") + $"\"subjectPersonId\":\"{targets.PersonId}\"}}");
        }

        var request = Json(HttpMethod.Post, $"/api/petitions/{targets.PetitionId}/{PetitionCommands[random.Next(PetitionCommands.Length)]}", body);
        AddIfMatch(random, request);
        return request;
    }

    private static HttpRequestMessage CaseFileCommand(Random random, string personId)
    {
        var request = Json(random.Next(6) == 0 ? HttpMethod.Put : HttpMethod.Post,
            random.Next(6) == 0 ? $"/api/persons/{personId}/monitoring" : $"/api/persons/{personId}/{CaseFileCommands[random.Next(CaseFileCommands.Length)]}",
            random.Next(2) == 0 ? BrokenJson(random) : WrongTypes(random));
        AddIfMatch(random, request);
        return request;
    }

    private static void AddIfMatch(Random random, HttpRequestMessage request)
    {
        string[] etags = ["\"0\"", "\"1\"", "W/\"1\"", "*", "\"abc\"", "\"-1\"", "\"" + new string('9', 40) + "\""];
        if (random.Next(5) != 0)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etags[random.Next(etags.Length)]);
        }
    }

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
