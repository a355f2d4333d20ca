using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;

namespace CaseFlow.Api.Tests.Processes;

/// <summary>The process-definition API end to end through HTTP, on each backend (R80–R81, R85, R87).</summary>
public abstract class ProcessesApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private HttpClient Client => node.Client;

    private static StringContent Xml(string xml, string mediaType = "application/xml") => new(xml, Encoding.UTF8, mediaType);

    private async Task<HttpResponseMessage> DeployAsync(string xml) =>
        await Client.PostAsync(new Uri("/api/processes", UriKind.Relative), Xml(xml));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact(DisplayName = "Deploying an XML body stores version 1 as a draft and answers 201 with the version and the infos")]
    public async Task Deploy_xml_body_creates_a_draft()
    {
        var xml = ProcessFixtures.HomeVisit(out var key);

        using var response = await DeployAsync(xml);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/processes/{key}/versions", response.Headers.Location?.OriginalString);
        var body = await JsonAsync(response);
        var deployed = Assert.Single(body.GetProperty("processes").EnumerateArray());
        Assert.Equal(key, deployed.GetProperty("key").GetString());
        Assert.Equal(1, deployed.GetProperty("version").GetInt32());
        Assert.Equal("draft", deployed.GetProperty("status").GetString());
        Assert.False(deployed.GetProperty("unchanged").GetBoolean());
        var info = Assert.Single(body.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("BPMN209", info.GetProperty("code").GetString());
        Assert.Equal("info", info.GetProperty("severity").GetString());
    }

    [Fact(DisplayName = "Deploying text/xml works the same as application/xml")]
    public async Task Deploy_text_xml()
    {
        var xml = ProcessFixtures.HomeVisit(out _);

        using var response = await Client.PostAsync(Url("/api/processes"), Xml(xml, "text/xml"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact(DisplayName = "A multipart upload with two executable processes deploys each key and lists both")]
    public async Task Deploy_multipart_with_two_processes()
    {
        var xml = ProcessFixtures.WithFreshKeys("assistance-pair.bpmn", out var keys, "open_assistance", "record_problem");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "assistance-pair.bpmn");

        using var response = await Client.PostAsync(Url("/api/processes"), form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var processes = (await JsonAsync(response)).GetProperty("processes").EnumerateArray().ToArray();
        Assert.Equal(keys, processes.Select(p => p.GetProperty("key").GetString()));
        Assert.All(processes, p => Assert.Equal(1, p.GetProperty("version").GetInt32()));
        foreach (var key in keys)
        {
            using var versions = await Client.GetAsync(Url($"/api/processes/{key}/versions"));
            Assert.Equal(HttpStatusCode.OK, versions.StatusCode);
        }
    }

    [Fact(DisplayName = "A multipart body without a 'file' part is 400; another media type is 415")]
    public async Task Wrong_shapes_are_refused()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        using var noFile = await Client.PostAsync(Url("/api/processes"), form);
        using var json = await Client.PostAsync(Url("/api/processes"), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal("file", (await JsonAsync(noFile)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await JsonAsync(json)).GetProperty("code").GetString());
    }

    [Fact(DisplayName = "Validate-only reports all three errors with their lines, in document order, and stores nothing")]
    public async Task Validate_reports_every_error_with_lines()
    {
        var xml = ProcessFixtures.Read("three-errors.bpmn");

        using var response = await Client.PostAsync(Url("/api/processes/validate"), Xml(xml));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.GetProperty("valid").GetBoolean());
        var errors = body.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error").ToArray();
        Assert.Equal(
            [("BPMN206", 8, "Task_Unknown"), ("BPMN014", 12, "Flow_2"), ("BPMN307", 13, "Task_Check")],
            errors.Select(e => (e.GetProperty("code").GetString(), e.GetProperty("line").GetInt32(), e.GetProperty("elementId").GetString())));
        Assert.All(errors, e => Assert.True(e.GetProperty("column").GetInt32() > 0));
        Assert.Contains(body.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "BPMN105");

        using var versions = await Client.GetAsync(Url("/api/processes/broken_visit/versions"));
        Assert.Equal(HttpStatusCode.NotFound, versions.StatusCode);
    }

    [Fact(DisplayName = "Validate-only of a good file is valid and names the keys a deploy would store")]
    public async Task Validate_good_file()
    {
        var xml = ProcessFixtures.HomeVisit(out var key);

        using var response = await Client.PostAsync(Url("/api/processes/validate"), Xml(xml));

        var body = await JsonAsync(response);
        Assert.True(body.GetProperty("valid").GetBoolean());
        Assert.Equal([key], body.GetProperty("processKeys").EnumerateArray().Select(k => k.GetString()));
        using var versions = await Client.GetAsync(Url($"/api/processes/{key}/versions"));
        Assert.Equal(HttpStatusCode.NotFound, versions.StatusCode);
    }

    [Fact(DisplayName = "Deploying a file with errors is 422 MODEL_INVALID listing the diagnostics, and stores nothing")]
    public async Task Deploy_invalid_is_422_with_diagnostics()
    {
        var xml = ProcessFixtures.WithFreshKeys("three-errors.bpmn", out var keys, "broken_visit");

        using var response = await DeployAsync(xml);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal("MODEL_INVALID", problem.GetProperty("code").GetString());
        var diagnostics = problem.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(3, diagnostics.Count(d => d.GetProperty("severity").GetString() == "error"));
        var first = diagnostics[0];
        foreach (var field in (string[])["code", "severity", "message", "elementId", "elementType", "line", "column"])
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }

        using var versions = await Client.GetAsync(Url($"/api/processes/{keys[0]}/versions"));
        Assert.Equal(HttpStatusCode.NotFound, versions.StatusCode);
    }

    [Fact(DisplayName = "Deploying the same file again, with CRLF line endings, is answered 200 with the latest version flagged unchanged")]
    public async Task Duplicate_deploy_is_unchanged()
    {
        var xml = ProcessFixtures.HomeVisit(out var key);
        using var first = await DeployAsync(xml);

        using var second = await DeployAsync(xml.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var deployed = Assert.Single((await JsonAsync(second)).GetProperty("processes").EnumerateArray());
        Assert.True(deployed.GetProperty("unchanged").GetBoolean());
        Assert.Equal(1, deployed.GetProperty("version").GetInt32());
        var versions = await Client.GetFromJsonAsync<JsonElement>(Url($"/api/processes/{key}/versions"));
        Assert.Equal(1, versions.GetArrayLength());
    }

    [Fact(DisplayName = "R81 BPMN601: publishing a second key with a published key's message start name is 422 MODEL_INVALID")]
    public async Task R81_publish_refuses_a_start_message_taken_by_another_key()
    {
        var message = "filed_" + Guid.NewGuid().ToString("N");
        var first = "msg_a_" + Guid.NewGuid().ToString("N")[..8];
        var second = "msg_b_" + Guid.NewGuid().ToString("N")[..8];
        using (await DeployAsync(MessageStartProcess(first, message)))
        using (await DeployAsync(MessageStartProcess(second, message)))
        using (var published = await Client.PostAsync(Url($"/api/processes/{first}/versions/1/publish"), null))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        await node.Factory.WaitForReadModelAsync();
        using var refused = await Client.PostAsync(Url($"/api/processes/{second}/versions/1/publish"), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await JsonAsync(refused);
        Assert.Equal("MODEL_INVALID", problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "BPMN601");
        var versions = await Client.GetFromJsonAsync<JsonElement>(Url($"/api/processes/{second}/versions"));
        Assert.Equal("draft", versions[0].GetProperty("status").GetString());
    }

    [Fact(DisplayName = "R81 BPMN602: publishing a call to a key with no published version is 200 with the version and the warning in 'warnings'")]
    public async Task R81_publish_answers_BPMN602_in_warnings()
    {
        var parent = "caller_" + Guid.NewGuid().ToString("N")[..8];
        var child = "called_" + Guid.NewGuid().ToString("N")[..8];
        using (await DeployAsync(CallerProcess(parent, child)))
        using (await DeployAsync(MessageStartProcess(child, "child_" + Guid.NewGuid().ToString("N"))))
        {
        }

        using var warned = await Client.PostAsync(Url($"/api/processes/{parent}/versions/1/publish"), null);
        using var clean = await Client.PostAsync(Url($"/api/processes/{child}/versions/1/publish"), null);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var body = await JsonAsync(warned);
        Assert.Equal(parent, body.GetProperty("key").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("published", body.GetProperty("status").GetString());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal("BPMN602", warning.GetProperty("code").GetString());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("call", warning.GetProperty("elementId").GetString());
        Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
        Assert.Empty((await JsonAsync(clean)).GetProperty("warnings").EnumerateArray());
    }

    private static string CallerProcess(string key, string calledKey) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.org">
          <bpmn:process id="{key}" name="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
            <bpmn:callActivity id="call" calledElement="{calledKey}" />
            <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static string MessageStartProcess(string key, string messageName) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.org">
          <bpmn:process id="{key}" name="{key}" isExecutable="true">
            <bpmn:startEvent id="byMessage"><bpmn:messageEventDefinition messageRef="filed" /></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="byMessage" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
          <bpmn:message id="filed" name="{messageName}" />
        </bpmn:definitions>
        """;

    [Fact(DisplayName = "After publishing version 1 of two, the list shows latest 2 and published 1 with the counts")]
    public async Task Publish_then_list_shows_published_version()
    {
        var xml = ProcessFixtures.HomeVisit(out var key);
        using (await DeployAsync(xml))
        using (await DeployAsync(xml.Replace("入户走访</bpmn", "入户复访</bpmn", StringComparison.Ordinal).Replace("name=\"入户走访\" camunda:candidate", "name=\"入户复访\" camunda:candidate", StringComparison.Ordinal)))
        {
        }

        using var publish = await Client.PostAsync(Url($"/api/processes/{key}/versions/1/publish"), null);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var published = await JsonAsync(publish);
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Equal("supervisor", published.GetProperty("publishedBy").GetString());

        await node.Factory.WaitForReadModelAsync();
        var list = await Client.GetFromJsonAsync<JsonElement>(Url("/api/processes"));

        var item = Assert.Single(list.EnumerateArray(), p => p.GetProperty("key").GetString() == key);
        Assert.Equal("入户走访", item.GetProperty("name").GetString());
        Assert.Equal(2, item.GetProperty("latestVersion").GetInt32());
        Assert.Equal(1, item.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(2, item.GetProperty("versionCount").GetInt32());
        Assert.Equal(1, item.GetProperty("draftCount").GetInt32());
        Assert.Equal(1, item.GetProperty("publishedCount").GetInt32());
        Assert.Equal(0, item.GetProperty("retiredCount").GetInt32());

        using var unpublish = await Client.PostAsync(Url($"/api/processes/{key}/versions/1/unpublish"), null);
        Assert.Equal("retired", (await JsonAsync(unpublish)).GetProperty("status").GetString());
        using var draft = await Client.PostAsync(Url($"/api/processes/{key}/versions/2/unpublish"), null);
        Assert.Equal(HttpStatusCode.Conflict, draft.StatusCode);
        Assert.Equal("VERSION_NOT_PUBLISHED", (await JsonAsync(draft)).GetProperty("code").GetString());
    }

    [Fact(DisplayName = "The versions list and the XML of a version come from the grain; the XML is byte-for-byte the upload")]
    public async Task Versions_and_xml_round_trip()
    {
        var xml = ProcessFixtures.HomeVisit(out var key);
        using (await DeployAsync(xml))
        {
        }

        var versions = await Client.GetFromJsonAsync<JsonElement>(Url($"/api/processes/{key}/versions"));
        using var response = await Client.GetAsync(Url($"/api/processes/{key}/versions/1/xml"));

        var version = Assert.Single(versions.EnumerateArray());
        Assert.Equal("2026.1", version.GetProperty("versionTag").GetString());
        Assert.Equal(64, version.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(xml, await response.Content.ReadAsStringAsync());
    }

    [Fact(DisplayName = "An unknown key is 404 PROCESS_NOT_FOUND; an unknown version of a known key is 404 VERSION_NOT_FOUND")]
    public async Task Unknown_key_and_version_are_404()
    {
        var xml = ProcessFixtures.HomeVisit(out var key);
        using (await DeployAsync(xml))
        {
        }

        foreach (var (method, path, code) in new[]
        {
            (HttpMethod.Get, "/api/processes/no_such_process/versions", "PROCESS_NOT_FOUND"),
            (HttpMethod.Get, "/api/processes/no_such_process/versions/1/xml", "PROCESS_NOT_FOUND"),
            (HttpMethod.Post, "/api/processes/no_such_process/versions/1/publish", "PROCESS_NOT_FOUND"),
            (HttpMethod.Get, $"/api/processes/{key}/versions/9/xml", "VERSION_NOT_FOUND"),
            (HttpMethod.Post, $"/api/processes/{key}/versions/9/publish", "VERSION_NOT_FOUND"),
            (HttpMethod.Post, $"/api/processes/{key}/versions/9/unpublish", "VERSION_NOT_FOUND"),
        })
        {
            using var response = await Client.SendAsync(new HttpRequestMessage(method, Url(path)));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(code, (await JsonAsync(response)).GetProperty("code").GetString());
        }
    }

    [Fact(DisplayName = "A DOCTYPE with an external entity is 422 with BPMN001 and no byte of the named file in the answer")]
    public async Task Doctype_is_refused_without_leaking_files()
    {
        var xml = ProcessFixtures.Read("doctype-entity.bpmn");

        using var deploy = await DeployAsync(xml);
        using var validate = await Client.PostAsync(Url("/api/processes/validate"), Xml(xml));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, deploy.StatusCode);
        var text = await deploy.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("MODEL_INVALID", problem.GetProperty("code").GetString());
        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("BPMN001", diagnostic.GetProperty("code").GetString());
        var validateText = await validate.Content.ReadAsStringAsync();
        Assert.Contains("BPMN001", validateText, StringComparison.Ordinal);
        foreach (var body in (string[])[text, validateText])
        {
            Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
            Assert.DoesNotContain("/bin/", body, StringComparison.Ordinal);
            Assert.DoesNotContain("/etc/passwd", body, StringComparison.Ordinal);
        }
    }

    [Fact(DisplayName = "A 2 MiB file passes the host's 1 MiB body limit; a file over the parser's 4 MiB is 413 with BPMN002")]
    public async Task Body_limit_is_the_parsers()
    {
        var xml = ProcessFixtures.HomeVisit(out _);
        var padded = xml.Replace("<bpmndi:BPMNDiagram", "<!-- " + new string('x', 2 * 1024 * 1024) + " -->\n  <bpmndi:BPMNDiagram", StringComparison.Ordinal);
        var oversized = xml.Replace("<bpmndi:BPMNDiagram", "<!-- " + new string('x', (4 * 1024 * 1024) + 10) + " -->\n  <bpmndi:BPMNDiagram", StringComparison.Ordinal);

        using var accepted = await Client.PostAsync(Url("/api/processes/validate"), Xml(padded));
        using var request = new HttpRequestMessage(HttpMethod.Post, Url("/api/processes")) { Content = Xml(oversized) };
        request.Headers.ExpectContinue = true;
        using var refused = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.True((await JsonAsync(accepted)).GetProperty("valid").GetBoolean());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        var problem = await JsonAsync(refused);
        Assert.Equal("PAYLOAD_TOO_LARGE", problem.GetProperty("code").GetString());
        Assert.Equal("BPMN002", Assert.Single(problem.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact(DisplayName = "A UTF-16 file with a matching declaration deploys, and its XML is served back as UTF-8 text")]
    public async Task Utf16_file_deploys()
    {
        var xml = ProcessFixtures.HomeVisit(out var key).Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var content = new ByteArrayContent([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");

        using var response = await Client.PostAsync(Url("/api/processes"), content);
        using var read = await Client.GetAsync(Url($"/api/processes/{key}/versions/1/xml"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("utf-8", read.Content.Headers.ContentType?.CharSet);
        Assert.Equal(xml, await read.Content.ReadAsStringAsync());
    }

    [Fact(DisplayName = "The OpenAPI document describes every process endpoint")]
    public async Task OpenApi_describes_the_processes_api()
    {
        var paths = (await Client.GetFromJsonAsync<JsonElement>(Url("/openapi/v1.json"))).GetProperty("paths");

        foreach (var path in (string[])["/api/processes", "/api/processes/validate", "/api/processes/{key}/versions",
            "/api/processes/{key}/versions/{version}/xml", "/api/processes/{key}/versions/{version}/publish",
            "/api/processes/{key}/versions/{version}/unpublish"])
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [Fact(DisplayName = "A body past the raised limit is refused by the server itself as 413 PAYLOAD_TOO_LARGE")]
    public async Task Body_past_the_raised_limit_is_413()
    {
        var huge = new string('x', 5 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url("/api/processes/validate")) { Content = Xml(huge) };

        // With 100-continue the early 413 arrives before the body is sent, so the client is not cut off mid-upload.
        request.Headers.ExpectContinue = true;
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", (await JsonAsync(response)).GetProperty("code").GetString());
    }
}
