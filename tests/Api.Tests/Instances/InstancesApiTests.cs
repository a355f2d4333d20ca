using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Grains.ReadModel;
using CaseFlow.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Api.Tests.Instances.InstanceApiKit;

namespace CaseFlow.Api.Tests.Instances;

/// <summary>The instance API end to end through HTTP, on each backend: start, read, list, history, cancel, incidents.</summary>
public abstract class InstancesApiTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    private const string OtherTown = "610921.05";
    private const string OtherVillage = "610921.05.003";
    private const string HomeVillage = "610921.01.002";

    private HttpClient Supervisor => node.Client;

    [Fact(DisplayName = "A caseworker starts for a person in their town: 201, worked in the person's village, variables and active element visible")]
    public async Task Start_for_a_person_records_the_village()
    {
        var key = await DeployApprovalAsync(Supervisor);
        var personId = await RegisterAsync(Supervisor, 9101, DemoUsers.CaseworkerTown, HomeVillage);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        using var response = await StartAsync(caseworker, new { processKey = key, businessKey = "BK-9101", personId, variables = new { approved = true, note = "初审" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await JsonAsync(response);
        var id = started.GetProperty("instanceId").GetString()!;
        Assert.Equal($"/api/instances/{id}", response.Headers.Location?.OriginalString);
        var view = await caseworker.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{id}"));
        Assert.Equal(("active", HomeVillage, personId, "BK-9101", 1), (
            view.GetProperty("status").GetString(), view.GetProperty("jurisdictionCode").GetString(),
            view.GetProperty("personId").GetString(), view.GetProperty("businessKey").GetString(), view.GetProperty("processVersion").GetInt32()));
        Assert.Equal(["Task_Review"], view.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.True(view.GetProperty("variables").GetProperty("approved").GetBoolean());
        Assert.Equal("初审", view.GetProperty("variables").GetProperty("note").GetString());
        Assert.Equal("Task_Review", Assert.Single(view.GetProperty("tasks").EnumerateArray()).GetProperty("elementId").GetString());
    }

    [Fact(DisplayName = "Outside the caller's jurisdiction a person and an instance answer 404, and the list leaves the instance out")]
    public async Task Jurisdiction_hides_other_towns()
    {
        var key = await DeployApprovalAsync(Supervisor);
        var elsewhere = await RegisterAsync(Supervisor, 9102, OtherTown, OtherVillage);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        using var refused = await StartAsync(caseworker, new { processKey = key, personId = elsewhere, variables = new { approved = true } });
        var other = await StartOkAsync(Supervisor, new { processKey = key, personId = elsewhere, businessKey = "BK-9102", variables = new { approved = true } });
        var otherId = other.GetProperty("instanceId").GetString()!;
        var own = await StartOkAsync(caseworker, new { processKey = key, businessKey = "BK-9102-own", variables = new { approved = true } });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("PERSON_NOT_FOUND", Code(await JsonAsync(refused)));
        Assert.Equal(OtherVillage, other.GetProperty("jurisdictionCode").GetString());
        Assert.Equal(DemoUsers.CaseworkerTown, own.GetProperty("jurisdictionCode").GetString());
        using var hidden = await caseworker.GetAsync(Url($"/api/instances/{otherId}"));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("InstanceNotFound", Code(await JsonAsync(hidden)));
        using var hiddenHistory = await caseworker.GetAsync(Url($"/api/instances/{otherId}/history"));
        Assert.Equal(HttpStatusCode.NotFound, hiddenHistory.StatusCode);

        await node.Factory.WaitForReadModelAsync();
        var listed = await caseworker.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}"));
        Assert.Equal([own.GetProperty("instanceId").GetString()], listed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()));
        var all = await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}"));
        Assert.Equal(2, all.GetProperty("total").GetInt32());
    }

    [Fact(DisplayName = "Village members read but may not start; assessors get 403 everywhere here")]
    public async Task Roles_without_start_are_refused()
    {
        var key = await DeployApprovalAsync(Supervisor);
        using var member = await node.Factory.CreateClientAsAsync(Roles.VillageMember);
        using var assessor = await node.Factory.CreateClientAsAsync(Roles.Assessor);

        using var memberStart = await StartAsync(member, new { processKey = key });
        using var assessorList = await assessor.GetAsync(Url("/api/instances"));
        using var memberList = await member.GetAsync(Url("/api/instances"));

        Assert.Equal(HttpStatusCode.Forbidden, memberStart.StatusCode);
        Assert.Equal("FORBIDDEN", Code(await JsonAsync(memberStart)));
        Assert.Equal(HttpStatusCode.Forbidden, assessorList.StatusCode);
        Assert.Equal(HttpStatusCode.OK, memberList.StatusCode);
    }

    [Fact(DisplayName = "The list filters by key, status, business key, person, incidents and start time, and pages")]
    public async Task List_filters_and_pages()
    {
        var key = await DeployApprovalAsync(Supervisor);
        var personId = await RegisterAsync(Supervisor, 9103, DemoUsers.CaseworkerTown, HomeVillage);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var first = await StartOkAsync(Supervisor, new { processKey = key, businessKey = "BK-A", personId, variables = new { approved = true } });
        var failing = await StartOkAsync(Supervisor, new { processKey = key, businessKey = "BK-B", variables = new { } });
        var third = await StartOkAsync(Supervisor, new { processKey = key, businessKey = "BK-A", variables = new { approved = false } });
        await node.Factory.WaitForReadModelAsync();

        async Task<string[]> IdsAsync(string query) =>
            (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}&{query}")))
                .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!).ToArray();
        static string Id(JsonElement started) => started.GetProperty("instanceId").GetString()!;

        Assert.Equal([Id(third), Id(failing), Id(first)], await IdsAsync("pageSize=10"));
        Assert.Equal([Id(third), Id(first)], await IdsAsync("businessKey=BK-A"));
        Assert.Equal([Id(first)], await IdsAsync($"personId={personId}"));
        Assert.Equal([Id(failing)], await IdsAsync("hasIncidents=true"));
        Assert.Equal([Id(third)], await IdsAsync("status=completed"));
        Assert.Equal([Id(failing), Id(first)], await IdsAsync("status=active"));
        Assert.Equal(3, (await IdsAsync("startedAfter=" + Uri.EscapeDataString(before.ToString("O")))).Length);
        Assert.Empty(await IdsAsync("startedBefore=" + Uri.EscapeDataString(before.ToString("O"))));
        var page2 = await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}&pageSize=2&page=2"));
        Assert.Equal((3, 1), (page2.GetProperty("total").GetInt32(), page2.GetProperty("items").GetArrayLength()));
        var row = (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}&hasIncidents=true"))).GetProperty("items")[0];
        Assert.Equal((1, "Gate"), (row.GetProperty("openIncidents").GetInt32(), row.GetProperty("activeElementIds")[0].GetString()));

        using var badStatus = await Supervisor.GetAsync(Url("/api/instances?status=running"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus.StatusCode);
        Assert.Equal("status", (await JsonAsync(badStatus)).GetProperty("field").GetString());
    }

    [Fact(DisplayName = "An incident is listed, a caseworker may not retry it, a supervisor retries with variables and the history shows both")]
    public async Task Incident_retry_with_variables()
    {
        var key = await DeployApprovalAsync(Supervisor);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var started = await StartOkAsync(caseworker, new { processKey = key });
        var id = started.GetProperty("instanceId").GetString()!;

        var incident = Assert.Single((await caseworker.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{id}/incidents"))).EnumerateArray());
        var incidentId = incident.GetProperty("incidentId").GetString()!;
        using var byCaseworker = await caseworker.PostAsJsonAsync(Url($"/api/instances/{id}/incidents/{incidentId}/retry"), new { variables = new { approved = true } });
        using var badVariables = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/incidents/{incidentId}/retry"), new { variables = new[] { 1 } });
        using var retried = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/incidents/{incidentId}/retry"), new { variables = new { approved = true } });
        using var again = await Supervisor.PostAsync(Url($"/api/instances/{id}/incidents/{incidentId}/retry"), null);

        Assert.Equal("ExpressionError", incident.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badVariables.StatusCode);
        Assert.Equal("VariableInvalid", Code(await JsonAsync(badVariables)));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(["Task_Review"], (await JsonAsync(retried)).GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("IncidentNotFound", Code(await JsonAsync(again)));
        var history = await caseworker.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{id}/history"));
        var kinds = history.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["started", "incidentRaised", "incidentResolved", "taskCreated"], kinds);
        Assert.Equal("supervisor", history[2].GetProperty("actor").GetString());
    }

    [Fact(DisplayName = "Cancel needs an operator and a reason; a cancelled instance refuses further commands with 409")]
    public async Task Cancel_needs_operator_and_reason()
    {
        var key = await DeployApprovalAsync(Supervisor);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);
        var id = (await StartOkAsync(caseworker, new { processKey = key, variables = new { approved = true } })).GetProperty("instanceId").GetString()!;

        using var byCaseworker = await caseworker.PostAsJsonAsync(Url($"/api/instances/{id}/cancel"), new { reason = "duplicate" });
        using var noReason = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/cancel"), new { reason = " " });
        using var cancelled = await admin.PostAsJsonAsync(Url($"/api/instances/{id}/cancel"), new { reason = "duplicate application" });
        using var twice = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/cancel"), new { reason = "again" });

        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal("ReasonRequired", Code(await JsonAsync(noReason)));
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var view = await JsonAsync(cancelled);
        Assert.Equal("cancelled", view.GetProperty("status").GetString());
        Assert.Empty(view.GetProperty("activeElementIds").EnumerateArray());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("InstanceNotActive", Code(await JsonAsync(twice)));
        var last = (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{id}/history"))).EnumerateArray().Last();
        Assert.Equal(("cancelled", "admin", "duplicate application"), (last.GetProperty("kind").GetString(), last.GetProperty("actor").GetString(), last.GetProperty("detail").GetString()));
    }

    [Fact(DisplayName = "An operator moves the token from the review to the check; caseworkers may not; an invalid move is 422 and changes nothing")]
    public async Task Modify_moves_a_token()
    {
        var key = await DeployApprovalAsync(Supervisor);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var id = (await StartOkAsync(caseworker, new { processKey = key, variables = new { approved = true } })).GetProperty("instanceId").GetString()!;
        var move = new
        {
            instructions = new object[] { new { kind = "cancel", elementId = "Task_Review" }, new { kind = "startBefore", elementId = "Service_Check" } },
            variables = new { reviewSkipped = true },
            reason = "reviewed on paper",
        };

        using var byCaseworker = await caseworker.PostAsJsonAsync(Url($"/api/instances/{id}/modify"), move);
        using var invalid = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/modify"), new { instructions = new[] { new { kind = "startBefore", elementId = "no_such_element" } } });
        using var moved = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/modify"), move);

        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "ModificationInvalid"), (invalid.StatusCode, Code(await JsonAsync(invalid))));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var view = await JsonAsync(moved);
        Assert.Equal(["Service_Check"], view.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(view.GetProperty("tasks").EnumerateArray());
        Assert.True(view.GetProperty("variables").GetProperty("reviewSkipped").GetBoolean());
        var modified = (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{id}/history"))).EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "modified");
        Assert.Equal("supervisor", modified.GetProperty("actor").GetString());
    }

    [Fact(DisplayName = "Migration: a bad plan is 422; a dry run changes nothing; the batch moves one instance and reports the other's unmapped token")]
    public async Task Migrate_a_batch()
    {
        var key = await DeployApprovalAsync(Supervisor);
        var atReview = (await StartOkAsync(Supervisor, new { processKey = key, variables = new { approved = true } })).GetProperty("instanceId").GetString()!;
        var atGate = (await StartOkAsync(Supervisor, new { processKey = key })).GetProperty("instanceId").GetString()!;
        var v2 = Processes.ProcessFixtures.Read("approval.bpmn").Replace("\"approval\"", "\"" + key + "\"", StringComparison.Ordinal).Replace("复核", "复核（新）", StringComparison.Ordinal);
        using (var deployed = await Supervisor.PostAsync(Url("/api/processes"), new StringContent(v2, System.Text.Encoding.UTF8, "application/xml")))
        {
            Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        }

        using (var published = await Supervisor.PostAsync(Url($"/api/processes/{key}/versions/2/publish"), null))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        object Plan(bool dryRun, string target = "Task_Review") => new
        {
            processKey = key, sourceVersion = 1, targetVersion = 2, dryRun,
            mappings = new[] { new { source = "Task_Review", target } }, instanceIds = new[] { atReview, atGate },
        };
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);

        using var byCaseworker = await caseworker.PostAsJsonAsync(Url("/api/instances/migrate"), Plan(false));
        using var badPlan = await Supervisor.PostAsJsonAsync(Url("/api/instances/migrate"), Plan(false, "Service_Check"));
        using var dry = await Supervisor.PostAsJsonAsync(Url("/api/instances/migrate"), Plan(true));
        var afterDry = await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{atReview}"));
        using var real = await Supervisor.PostAsJsonAsync(Url("/api/instances/migrate"), Plan(false));

        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "MigrationInvalid"), (badPlan.StatusCode, Code(await JsonAsync(badPlan))));
        var dryBody = await JsonAsync(dry);
        Assert.Equal((true, 1, 1), (dryBody.GetProperty("dryRun").GetBoolean(), dryBody.GetProperty("migrated").GetInt32(), dryBody.GetProperty("failed").GetInt32()));
        Assert.Equal(1, afterDry.GetProperty("processVersion").GetInt32());
        var results = (await JsonAsync(real)).GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal((atReview, true), (results[0].GetProperty("instanceId").GetString(), results[0].GetProperty("migrated").GetBoolean()));
        Assert.Equal((false, "MigrationInvalid"), (results[1].GetProperty("migrated").GetBoolean(), results[1].GetProperty("code").GetString()));
        Assert.Contains("'Gate'", results[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{atReview}"))).GetProperty("processVersion").GetInt32());
        Assert.Equal(1, (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances/{atGate}"))).GetProperty("processVersion").GetInt32());
    }

    [Fact(DisplayName = "An operator completes an open task on the assignee's behalf; a caseworker may not here; a second completion is 409 TaskNotActive")]
    public async Task Operator_completes_a_task()
    {
        var key = await DeployApprovalAsync(Supervisor);
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var started = await StartOkAsync(caseworker, new { processKey = key, variables = new { approved = true } });
        var id = started.GetProperty("instanceId").GetString()!;
        var taskId = started.GetProperty("tasks")[0].GetProperty("taskId").GetString()!;

        using var byCaseworker = await caseworker.PostAsJsonAsync(Url($"/api/instances/{id}/tasks/{taskId}/complete"), new { variables = new { reviewed = true } });
        using var completed = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/tasks/{taskId}/complete"), new { variables = new { reviewed = true } });
        using var twice = await Supervisor.PostAsync(Url($"/api/instances/{id}/tasks/{taskId}/complete"), null);

        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(["Service_Check"], (await JsonAsync(completed)).GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal((HttpStatusCode.Conflict, "TaskNotActive"), (twice.StatusCode, Code(await JsonAsync(twice))));
    }

    [Fact(DisplayName = "An operator completing a task on someone's behalf fills in its form: a bad value is 422 FormInvalid per field, as in the worklist")]
    public async Task Operator_completion_is_checked_against_the_form()
    {
        var kit = new Tasks.TaskApiKit(node.Factory);
        var (id, intake) = await kit.StartAsync();
        using var caseworker = await node.Factory.CreateClientAsAsync(Roles.Caseworker);
        var review = await Tasks.TaskApiKit.ToReviewAsync(caseworker, intake);

        using var invalid = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/tasks/{review}/complete"), new { variables = new { visits = 11 } });
        using var valid = await Supervisor.PostAsJsonAsync(Url($"/api/instances/{id}/tasks/{review}/complete"), new { variables = new { decision = "reject", visits = 0 } });

        var problem = await JsonAsync(invalid);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "FormInvalid"), (invalid.StatusCode, Code(problem)));
        Assert.Equal(["decision", "visits"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("completed", (await JsonAsync(valid)).GetProperty("status").GetString());
    }

    [Fact(DisplayName = "Malformed and mistyped bodies on every instance and external-task command are 4xx, never 5xx")]
    public async Task Malformed_bodies_are_client_errors()
    {
        using var admin = await node.Factory.CreateClientAsAsync(Roles.Admin);
        string[] paths =
        [
            "/api/instances", "/api/instances/Ix/cancel", "/api/instances/Ix/modify", "/api/instances/migrate",
            "/api/instances/Ix/incidents/Ix:i1/retry", "/api/instances/Ix/tasks/Ix:t1/complete",
            "/api/external-tasks/fetch-and-lock", "/api/external-tasks/Ix:j1/complete", "/api/external-tasks/Ix:j1/failure",
            "/api/external-tasks/Ix:j1/extend-lock",
        ];
        string[] bodies =
        [
            "{", "[]", "null", "\"text\"", "{\"variables\": 5}", "{\"processKey\": 12, \"version\": \"one\"}",
            "{\"instructions\": [{\"kind\": 3}]}", "{\"topics\": [null], \"workerId\": \"w\", \"maxTasks\": 1}",
            "{\"mappings\": [null], \"instanceIds\": [null]}", "{\"workerId\": \"w\", \"newDuration\": -5, \"retries\": 99999999999}",
        ];

        foreach (var path in paths)
        {
            foreach (var body in bodies)
            {
                using var response = await admin.PostAsync(Url(path), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
                Assert.True((int)response.StatusCode is >= 400 and < 500, $"POST {path} {body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    [Fact(DisplayName = "Bad starts: unknown key 404 ProcessNotFound, no key 422, variables not an object 422 VariableInvalid")]
    public async Task Bad_starts_are_refused_with_codes()
    {
        using var unknown = await StartAsync(Supervisor, new { processKey = "no_such_process_" + Guid.NewGuid().ToString("N")[..6] });
        using var noKey = await StartAsync(Supervisor, new { businessKey = "x" });
        using var array = await StartAsync(Supervisor, new { processKey = "x", variables = new[] { 1, 2 } });
        using var blankPerson = await StartAsync(Supervisor, new { processKey = "x", personId = " " });

        Assert.Equal((HttpStatusCode.NotFound, "ProcessNotFound"), (unknown.StatusCode, Code(await JsonAsync(unknown))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "processKey"), (noKey.StatusCode, (await JsonAsync(noKey)).GetProperty("field").GetString()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "VariableInvalid"), (array.StatusCode, Code(await JsonAsync(array))));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "personId"), (blankPerson.StatusCode, (await JsonAsync(blankPerson)).GetProperty("field").GetString()));
    }

    [Fact(DisplayName = "A start repeated with one Idempotency-Key is one instance")]
    public async Task Idempotent_start_is_one_instance()
    {
        var key = await DeployApprovalAsync(Supervisor);
        var body = new { processKey = key, businessKey = "BK-IDEM", variables = new { approved = true } };
        var idempotencyKey = "start-" + Guid.NewGuid().ToString("N");

        using var first = await StartAsync(Supervisor, body, idempotencyKey);
        using var second = await StartAsync(Supervisor, body, idempotencyKey);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await JsonAsync(first)).GetProperty("instanceId").GetString(), (await JsonAsync(second)).GetProperty("instanceId").GetString());
        await node.Factory.WaitForReadModelAsync();
        var listed = await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}"));
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
    }

    [Fact(DisplayName = "The rebuild command restores rm_instances and rm_external_jobs from stored instance state")]
    public async Task Rebuild_restores_instances()
    {
        var key = await DeployApprovalAsync(Supervisor);
        for (var i = 0; i < 2; i++)
        {
            await StartOkAsync(Supervisor, new { processKey = key, businessKey = "BK-R" + i, variables = new { approved = true } });
        }

        await node.Factory.WaitForReadModelAsync();
        var before = (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}"))).GetRawText();
        var database = node.Factory.Services.GetRequiredService<CaseFlowDatabase>();
        await using (var connection = await database.OpenAsync())
        await using (var delete = connection.CreateCommand($"DELETE FROM rm_instances WHERE process_key = '{key}'", null))
        {
            await delete.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}"))).GetProperty("total").GetInt32());

        await node.Factory.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync();

        Assert.Equal(before, (await Supervisor.GetFromJsonAsync<JsonElement>(Url($"/api/instances?processKey={key}"))).GetRawText());
    }
}
