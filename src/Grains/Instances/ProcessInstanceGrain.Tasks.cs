using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Forms;
using CaseFlow.Grains.Tasks;
using CaseFlow.Workflows.Execution;
using CaseFlow.Workflows.Calendar;
using Microsoft.Extensions.DependencyInjection;
using CaseFlow.Workflows.Execution.Commands;
using CaseFlow.Workflows.Forms;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Grains.Instances;

/// <summary>The caseworker task commands of <see cref="ProcessInstanceGrain"/> (R59, R61, R74) and task comments.</summary>
/// <remarks>
/// The revision check and the step run in one grain turn, so an If-Match that passed cannot be overtaken by another
/// command before the step; a repeated command id skips the check and replays, since its first run passed it.
/// </remarks>
internal sealed partial class ProcessInstanceGrain
{
    /// <summary>Longest comment kept, in characters; a longer note belongs in an attachment.</summary>
    public const int MaxCommentLength = 4000;

    Task<ProcessInstanceResult> IProcessInstanceGrain.ClaimTaskAsync(string taskId, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new ClaimTask(context.CommandId, taskId, context.Actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.UnclaimTaskAsync(string taskId, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new UnclaimTask(context.CommandId, taskId, context.Actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.AssignTaskAsync(string taskId, string assignee, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new AssignTask(context.CommandId, taskId, assignee ?? string.Empty, context.Actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.DelegateTaskAsync(string taskId, string assignee, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new DelegateTask(context.CommandId, taskId, assignee ?? string.Empty, context.Actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.ResolveTaskAsync(string taskId, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new ResolveTask(context.CommandId, taskId, context.Actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.SetTaskDueDateAsync(string taskId, DateTimeOffset? dueDate, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new SetTaskDueDate(context.CommandId, taskId, dueDate, context.Actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.SetTaskFollowUpDateAsync(string taskId, DateTimeOffset? followUpDate, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new SetTaskFollowUpDate(context.CommandId, taskId, followUpDate, context.Actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.SetTaskPriorityAsync(string taskId, int priority, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new SetTaskPriority(context.CommandId, taskId, priority, context.Actor));

    Task<ProcessInstanceResult> IProcessInstanceGrain.ReturnTaskAsync(string taskId, string targetElementId, string reason, TaskCommandContext context) =>
        TaskCommandAsync(taskId, context, new ReturnTask(context.CommandId, taskId, targetElementId ?? string.Empty, reason ?? string.Empty, context.Actor));

    async Task<ProcessInstanceResult> IProcessInstanceGrain.SubmitTaskAsync(string taskId, string? variablesJson, TaskCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!InstanceVariables.TryParse(variablesJson, out var variables, out var error))
        {
            return Refuse("submitTask", error!);
        }

        if (await FormProblemAsync(taskId, variables, context.CommandId).ConfigureAwait(true) is { } problem)
        {
            return Refuse("submitTask", problem);
        }

        return await TaskCommandAsync(taskId, context, new CompleteTask(context.CommandId, taskId, variables, context.Actor)).ConfigureAwait(true);
    }

    /// <summary>
    /// Why <paramref name="variables"/> may not complete the open task: its form refuses them, or its model cannot be
    /// read; null when they may, or when the command is a repeat or the task is not open (the command itself says so).
    /// </summary>
    /// <remarks>Every path that completes a user task comes through here, the caseworker's and the operator's alike.</remarks>
    private async Task<DomainError?> FormProblemAsync(string taskId, IReadOnlyDictionary<string, JsonElement>? variables, string commandId)
    {
        if (Instance is not { } current || IsRepeat(commandId) || current.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal)) is not { } task)
        {
            return null;
        }

        var (model, modelError) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
        if (model is null)
        {
            return modelError;
        }

        return model.GetNode(task.ElementId) is UserTask { Form: { } definition } ? await CheckFormAsync(definition, variables).ConfigureAwait(true) : null;
    }

    async Task<TaskCommentsResult> IProcessInstanceGrain.CommentTaskAsync(string taskId, string text, TaskCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Instance is not { } current)
        {
            return new TaskCommentsResult([], NotFound());
        }

        var stored = state.State;
        if (stored.Comments.Find(c => string.Equals(c.CommandId, context.CommandId, StringComparison.Ordinal)) is { } repeated)
        {
            return new TaskCommentsResult([View(repeated)], null);
        }

        if (current.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal)) is not { } task)
        {
            return CommentRefused(InstanceErrorCodes.TaskNotActive, $"Task '{taskId}' is not active.", null);
        }

        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxCommentLength)
        {
            return CommentRefused(InstanceErrorCodes.CommentInvalid, $"A comment has 1 to {MaxCommentLength} characters.", "text");
        }

        var now = time.GetUtcNow();
        var comment = new TaskComment(
            InstanceId + ":c" + (stored.Comments.Count + 1).ToString(CultureInfo.InvariantCulture), taskId, task.ElementId, context.Actor, now, trimmed, context.CommandId);
        var entry = new InstanceHistoryEntry(stored.History.Count + 1, now, InstanceHistoryKinds.TaskCommented, task.ElementId, taskId, context.Actor, comment.CommentId);
        var next = stored.Copy();
        next.History = stored.History.Add(entry);
        next.Comments = stored.Comments.Add(comment);
        await WriteStateAsync(next).ConfigureAwait(true);
        return new TaskCommentsResult([View(comment)], null);
    }

    Task<TaskCommentsResult> IProcessInstanceGrain.GetTaskCommentsAsync(string? taskId) =>
        Task.FromResult(Instance is null
            ? new TaskCommentsResult([], NotFound())
            : new TaskCommentsResult(
                [.. state.State.Comments.Where(c => taskId is null || string.Equals(c.TaskId, taskId, StringComparison.Ordinal)).Select(View)], null));

    async Task<ImmutableArray<string>> IProcessInstanceGrain.GetReturnTargetsAsync(string taskId)
    {
        if (Instance is not { } current || current.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal)) is null)
        {
            return [];
        }

        var (model, _) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
        return model is null ? [] : ReturnRule.TargetsOf(model, current, taskId);
    }

    async Task<TaskFormResult> IProcessInstanceGrain.GetTaskFormAsync(string taskId)
    {
        if (Instance is not { } current)
        {
            return new TaskFormResult(null, NotFound());
        }

        if (current.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal)) is not { } task)
        {
            return new TaskFormResult(null, DomainError.Simple(InstanceErrorCodes.TaskNotActive, $"Task '{taskId}' is not active."));
        }

        var (model, modelError) = await LoadModelAsync(current.ProcessKey, current.ProcessVersion).ConfigureAwait(true);
        if (model is null)
        {
            return new TaskFormResult(null, modelError);
        }

        var node = model.FindNode(task.ElementId) as UserTask;
        var (resolution, stored) = await ResolveFormAsync(node?.Form ?? FormDefinition.None).ConfigureAwait(true);
        return new TaskFormResult(TaskForms.Build(task, node, VariableVisibility.Of(model, current, task.ElementInstanceId), resolution, stored), null);
    }

    /// <summary>The form rules a completion must meet: formData fields, or the resolved form-js schema (docs/forms.md).</summary>
    private async Task<DomainError?> CheckFormAsync(FormDefinition definition, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        ImmutableArray<FormIssue> issues;
        if (definition.FormData is { } form)
        {
            issues = FormValidator.Validate(form, variables);
        }
        else
        {
            var (resolution, stored) = await ResolveFormAsync(definition).ConfigureAwait(true);
            if (resolution == FormResolutions.NotDeployed)
            {
                return DomainError.Simple(InstanceErrorCodes.FormNotDeployed, "The task's form has not been deployed, so its answers cannot be checked; deploy the form first.");
            }

            if (stored?.SchemaJson is not { } schemaJson)
            {
                return null;
            }

            using var schema = JsonDocument.Parse(schemaJson);
            issues = FormJsValidator.Validate(schema.RootElement, variables);
        }

        return issues.IsEmpty
            ? null
            : new DomainError(InstanceErrorCodes.FormInvalid, "Some form fields are not valid.", null, null,
                issues.Select(i => new FieldError(i.FieldId, i.Code, i.Message)).ToImmutableArray());
    }

    private Task<(string Resolution, StoredForm? Form)> ResolveFormAsync(FormDefinition definition) =>
        TaskFormResolver.ResolveAsync(definition, ServiceProvider.GetService<FormStore>(), async () =>
        {
            var instance = Instance!;
            var versions = await GrainFactory.GetGrain<IProcessDefinitionGrain>(instance.ProcessKey).GetVersionsAsync().ConfigureAwait(true);
            return versions.Versions.FirstOrDefault(v => v.Version == instance.ProcessVersion)?.DeployedAt;
        });

    /// <summary>Checks the caller's expected revision against the open task, then runs the step.</summary>
    private Task<ProcessInstanceResult> TaskCommandAsync(string taskId, TaskCommandContext context, EngineCommand command)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ExpectedRevision is { } expected && Instance is { } current && !IsRepeat(context.CommandId)
            && current.Tasks.Find(t => string.Equals(t.TaskId, taskId, StringComparison.Ordinal)) is { } task && task.Revision != expected)
        {
            return Task.FromResult(Refuse(CommandName(command), InstanceErrorCodes.TaskVersionMismatch, "The task changed since you read it; read it again."));
        }

        return CommandAsync(command);
    }

    // Resolved per use rather than injected: hosts without task services (grain tests) simply get provisional clocks.
    private WorkCalendar? SlaCalendar => ServiceProvider.GetService<TaskCalendar>()?.Calendar;

    private bool IsRepeat(string commandId) =>
        Instance?.RecentCommands.Any(r => string.Equals(r.CommandId, commandId, StringComparison.Ordinal)) == true;

    private TaskCommentsResult CommentRefused(string code, string message, string? field)
    {
        InstancesLog.Rejected(logger, InstanceId, "commentTask", code);
        return new TaskCommentsResult([], DomainError.Simple(code, message, field));
    }

    private static TaskCommentView View(TaskComment c) => new(c.CommentId, c.TaskId, c.ElementId, c.Actor, c.At, c.Text);
}
