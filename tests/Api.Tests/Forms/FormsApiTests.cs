using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Api.Tests.Tasks;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.Instances;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Api.Tests.Forms;

/// <summary>form-js forms as versioned resources, and task forms that resolve to them, through HTTP on each backend (docs/forms.md).</summary>
public abstract class FormsApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private static readonly object AssessmentSchema = new
    {
        type = "default",
        components = new object[]
        {
            new { type = "textfield", key = "assessorNote", label = "评定意见", validate = new { required = true, maxLength = 10 } },
            new { type = "number", key = "grade", label = "残疾等级", validate = new { required = true, min = 1, max = 4 } },
            new
            {
                type = "select", key = "category", label = "残疾类别",
                values = new[] { new { label = "视力", value = "Visual" }, new { label = "肢体", value = "Physical" } },
            },
        },
    };

    private static string NewKey() => "assessment-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<JsonElement> BodyOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static string[] FieldErrors(JsonElement problem) =>
        [.. problem.GetProperty("fieldErrors").EnumerateArray().Select(e => e.GetProperty("field").GetString() + ":" + e.GetProperty("code").GetString())];

    [Fact(DisplayName = "Supervisors deploy versions; an unchanged schema keeps its version; everyone reads the list, the latest, each version and the version list")]
    public async Task Deploy_and_read_versions()
    {
        var key = NewKey();
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        using var forbidden = await caseworker.PostAsJsonAsync($"/api/forms/{key}", new { schema = AssessmentSchema });
        using var first = await node.Client.PostAsJsonAsync($"/api/forms/{key}", new { name = "上门评定表", schema = AssessmentSchema });
        using var same = await node.Client.PostAsJsonAsync($"/api/forms/{key}", new { name = "上门评定表", schema = AssessmentSchema });
        using var second = await node.Client.PutAsJsonAsync($"/api/forms/{key}", new { schema = new { type = "default", components = Array.Empty<object>() } });

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal($"/api/forms/{key}/versions/1", first.Headers.Location?.OriginalString);
        var created = await BodyOf(first);
        Assert.Equal((1, "上门评定表"), (created.GetProperty("version").GetInt32(), created.GetProperty("name").GetString()));
        Assert.Equal(3, created.GetProperty("schema").GetProperty("components").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (await BodyOf(same)).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var secondBody = await BodyOf(second);
        Assert.Equal((2, "上门评定表"), (secondBody.GetProperty("version").GetInt32(), secondBody.GetProperty("name").GetString()));

        var list = await caseworker.GetFromJsonAsync<JsonElement>("/api/forms");
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);
        Assert.Equal(2, item.GetProperty("latestVersion").GetInt32());
        var latest = await caseworker.GetFromJsonAsync<JsonElement>($"/api/forms/{key}");
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        var versions = await caseworker.GetFromJsonAsync<JsonElement>($"/api/forms/{key}/versions");
        Assert.Equal([2, 1], versions.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var v1 = await caseworker.GetFromJsonAsync<JsonElement>($"/api/forms/{key}/versions/1");
        Assert.Equal(3, v1.GetProperty("schema").GetProperty("components").GetArrayLength());

        using var missingVersion = await caseworker.GetAsync(new Uri($"/api/forms/{key}/versions/9", UriKind.Relative));
        using var missingKey = await caseworker.GetAsync(new Uri($"/api/forms/{NewKey()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missingVersion.StatusCode);
        Assert.Equal("FORM_NOT_FOUND", await TaskApiKit.CodeOf(missingVersion));
        Assert.Equal(HttpStatusCode.NotFound, missingKey.StatusCode);
    }

    [Fact(DisplayName = "A bad schema is refused with 422 and one fieldError per problem, named by JSON path; a bad key too")]
    public async Task Invalid_schema()
    {
        using var invalid = await node.Client.PostAsJsonAsync($"/api/forms/{NewKey()}", new
        {
            name = new string('x', 201),
            schema = new { components = new object[] { new { type = "textfield" }, new { type = "select", key = "s" } } },
        });
        using var noSchema = await node.Client.PostAsJsonAsync($"/api/forms/{NewKey()}", new { name = "x" });
        using var badKey = await node.Client.PostAsJsonAsync("/api/forms/1bad", new { schema = AssessmentSchema });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var problem = await BodyOf(invalid);
        Assert.Equal("FORM_SCHEMA_INVALID", problem.GetProperty("code").GetString());
        Assert.Equal(["name:FIELD_LENGTH", "schema.components[0].key:KEY_INVALID", "schema.components[1].values:VALUES_INVALID"], FieldErrors(problem));
        Assert.Equal(["schema:FIELD_REQUIRED"], FieldErrors(await BodyOf(noSchema)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badKey.StatusCode);
        Assert.Equal("FORM_KEY_INVALID", await TaskApiKit.CodeOf(badKey));
    }

    [Fact(DisplayName = "A formRef task: not deployed blocks completion (409); once deployed the form returns the schema and completion is checked per field")]
    public async Task Form_ref_task()
    {
        var formKey = NewKey();
        var (_, taskId) = await StartFormRefTaskAsync(formKey);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        var before = await caseworker.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/form");
        Assert.Equal(("formRef", "notDeployed", JsonValueKind.Null), (before.GetProperty("kind").GetString(), before.GetProperty("resolution").GetString(), before.GetProperty("schema").ValueKind));
        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, taskId);
        using var blocked = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete", new { variables = new { assessorNote = "ok" } }, etag);
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Equal(InstanceErrorCodes.FormNotDeployed, await TaskApiKit.CodeOf(blocked));

        using var deployed = await node.Client.PostAsJsonAsync($"/api/forms/{formKey}", new { schema = AssessmentSchema });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        var form = await caseworker.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/form");
        Assert.Equal(("resolved", formKey, 1), (form.GetProperty("resolution").GetString(), form.GetProperty("form").GetProperty("key").GetString(), form.GetProperty("form").GetProperty("version").GetInt32()));
        Assert.Equal("grade", form.GetProperty("schema").GetProperty("components")[1].GetProperty("key").GetString());
        Assert.Equal(4, form.GetProperty("values").GetProperty("grade").GetInt32());
        Assert.False(form.GetProperty("generated").GetBoolean());

        using var invalid = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete",
            new { variables = new { assessorNote = "这段意见写得实在太长了一些", grade = 7, category = "Hearing" } }, etag);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var problem = await BodyOf(invalid);
        Assert.Equal(InstanceErrorCodes.FormInvalid, problem.GetProperty("code").GetString());
        Assert.Equal(["assessorNote:FIELD_LENGTH", "grade:FIELD_RANGE", "category:FIELD_ENUM"], FieldErrors(problem));

        using var missing = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete", new { variables = new { category = "Visual" } }, etag);
        Assert.Equal(["assessorNote:FIELD_REQUIRED", "grade:FIELD_REQUIRED"], FieldErrors(await BodyOf(missing)));

        using var valid = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete",
            new { variables = new { assessorNote = "达到标准", grade = 2, category = "Physical" } }, etag);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }

    [Fact(DisplayName = "A camunda:formKey task resolves its deployed form: schema, values and per-field checks; an embedded: key is left to the console")]
    public async Task Form_key_task()
    {
        var formKey = NewKey();
        using var deployed = await node.Client.PostAsJsonAsync($"/api/forms/{formKey}", new { schema = AssessmentSchema });
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        var (_, taskId) = await StartFormTaskAsync($"camunda:formKey=\"camunda-forms:deployment:forms/{formKey}.form\"");
        var (_, embedded) = await StartFormTaskAsync("camunda:formKey=\"embedded:app:forms/visit.html\"");
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        var form = await caseworker.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/form");
        Assert.Equal(("formKey", "resolved", formKey), (form.GetProperty("kind").GetString(), form.GetProperty("resolution").GetString(), form.GetProperty("form").GetProperty("key").GetString()));
        Assert.Equal(4, form.GetProperty("values").GetProperty("grade").GetInt32());

        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, taskId);
        using var invalid = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete", new { variables = new { grade = 7, category = "Hearing" } }, etag);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal(["assessorNote:FIELD_REQUIRED", "grade:FIELD_RANGE", "category:FIELD_ENUM"], FieldErrors(await BodyOf(invalid)));
        using var valid = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{taskId}/complete",
            new { variables = new { assessorNote = "达到标准", grade = 2, category = "Physical" } }, etag);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);

        var external = await caseworker.GetFromJsonAsync<JsonElement>($"/api/tasks/{embedded}/form");
        Assert.Equal(("formKey", "external", JsonValueKind.Null), (external.GetProperty("kind").GetString(), external.GetProperty("resolution").GetString(), external.GetProperty("schema").ValueKind));
        var (_, embeddedTag) = await TaskApiKit.ReadTaskAsync(caseworker, embedded);
        using var unvalidated = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{embedded}/complete", new { variables = new { anything = 1 } }, embeddedTag);
        Assert.Equal(HttpStatusCode.OK, unvalidated.StatusCode);
    }

    [Fact(DisplayName = "A formData task gets a generated form-js schema beside its fields; a task without a form has neither")]
    public async Task Form_data_task_gets_a_generated_schema()
    {
        var kit = new TaskApiKit(node.Factory);
        var (_, intakeId) = await kit.StartAsync();
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        var intake = await caseworker.GetFromJsonAsync<JsonElement>($"/api/tasks/{intakeId}/form");
        Assert.Equal(("none", "none", JsonValueKind.Null), (intake.GetProperty("kind").GetString(), intake.GetProperty("resolution").GetString(), intake.GetProperty("schema").ValueKind));

        var reviewId = await TaskApiKit.ToReviewAsync(caseworker, intakeId);
        var review = await caseworker.GetFromJsonAsync<JsonElement>($"/api/tasks/{reviewId}/form");
        Assert.Equal(("formData", "generated", true), (review.GetProperty("kind").GetString(), review.GetProperty("resolution").GetString(), review.GetProperty("generated").GetBoolean()));
        Assert.NotEmpty(review.GetProperty("fields").EnumerateArray());
        var components = review.GetProperty("schema").GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(review.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("id").GetString()), components.Select(c => c.GetProperty("key").GetString()));
    }

    [Fact(DisplayName = "The version binding keeps its version and the deployment binding the version current when the process was deployed")]
    public async Task Version_and_deployment_bindings()
    {
        var formKey = NewKey();
        using var v1 = await node.Client.PostAsJsonAsync($"/api/forms/{formKey}", new { schema = AssessmentSchema });
        Assert.Equal(HttpStatusCode.Created, v1.StatusCode);
        var (_, byVersion) = await StartFormRefTaskAsync(formKey, "camunda:formRefBinding=\"version\" camunda:formRefVersion=\"1\"");
        var (_, byDeployment) = await StartFormRefTaskAsync(formKey, "camunda:formRefBinding=\"deployment\"");
        var (_, latest) = await StartFormRefTaskAsync(formKey);
        using var v2 = await node.Client.PostAsJsonAsync($"/api/forms/{formKey}", new { schema = new { type = "default", components = Array.Empty<object>() } });
        Assert.Equal(HttpStatusCode.Created, v2.StatusCode);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        async Task<int> VersionOf(string taskId) =>
            (await caseworker.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/form")).GetProperty("form").GetProperty("version").GetInt32();

        Assert.Equal(1, await VersionOf(byVersion));
        Assert.Equal(1, await VersionOf(byDeployment));
        Assert.Equal(2, await VersionOf(latest));

        // Completion is checked against the bound version: version 1 still requires the assessor's note.
        var (_, etag) = await TaskApiKit.ReadTaskAsync(caseworker, byVersion);
        using var missing = await TaskApiKit.PostAsync(caseworker, $"/api/tasks/{byVersion}/complete", new { variables = new { grade = 2 } }, etag);
        Assert.Equal(["assessorNote:FIELD_REQUIRED"], FieldErrors(await BodyOf(missing)));
    }

    private Task<(string InstanceId, string TaskId)> StartFormRefTaskAsync(string formKey, string binding = "camunda:formRefBinding=\"latest\"") =>
        StartFormTaskAsync($"camunda:formRef=\"{formKey}\" {binding}");

    private async Task<(string InstanceId, string TaskId)> StartFormTaskAsync(string formAttributes)
    {
        var key = "form_ref_" + Guid.NewGuid().ToString("N")[..8];
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://example.org">
              <bpmn:process id="{key}" isExecutable="true">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Assess" />
                <bpmn:userTask id="Assess" name="Assess" camunda:candidateGroups="caseworker" {formAttributes} />
                <bpmn:sequenceFlow id="f2" sourceRef="Assess" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        var grains = node.Factory.Services.GetRequiredService<IGrainFactory>();
        var definition = grains.GetGrain<IProcessDefinitionGrain>(key);
        var deployed = await definition.DeployAsync(new DeployProcess("supervisor", xml));
        Assert.True(deployed.Error is null, string.Join("; ", deployed.Diagnostics.Select(d => d.Code + " " + d.Message)));
        Assert.Null((await definition.PublishAsync(deployed.Version!.Version, "supervisor")).Error);
        var instanceId = ProcessInstanceIds.New();
        var started = await grains.GetGrain<IProcessInstanceGrain>(instanceId).StartAsync(
            new StartProcessInstance(key, null, "BK-" + instanceId[^6..], """{"grade": 4}""", null, null, "supervisor", Guid.NewGuid().ToString("N"), DemoUsers.MemberVillage));
        Assert.Null(started.Error);
        return (instanceId, started.Instance!.Tasks.Single().TaskId);
    }
}
