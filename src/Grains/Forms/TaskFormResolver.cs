using System.Globalization;
using CaseFlow.Workflows.Forms;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Grains.Forms;

/// <summary>Finds the stored form-js version a task's <c>camunda:formRef</c> or <c>camunda:formKey</c> names (docs/forms.md).</summary>
internal static class TaskFormResolver
{
    /// <summary>The resolution word and the stored form, if any.</summary>
    /// <param name="form">The task's form definition.</param>
    /// <param name="store">The node's form store; null on hosts without one (nothing resolves).</param>
    /// <param name="processDeployedAt">When the task's process version was deployed, for the <c>deployment</c> binding.</param>
    public static async Task<(string Resolution, StoredForm? Form)> ResolveAsync(FormDefinition form, FormStore? store, Func<Task<DateTimeOffset?>> processDeployedAt)
    {
        if (form.FormData is not null)
        {
            return (FormResolutions.Generated, null);
        }

        if (form.FormRef is { } formRef)
        {
            var stored = store is null ? null : (form.FormRefBinding ?? "latest") switch
            {
                "version" => int.TryParse(form.FormRefVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
                    ? await store.GetAsync(formRef, version).ConfigureAwait(false)
                    : null,
                "deployment" => await processDeployedAt().ConfigureAwait(false) is { } at ? await store.DeployedByAsync(formRef, at).ConfigureAwait(false) : null,
                _ => await store.GetAsync(formRef, null).ConfigureAwait(false),
            };
            return stored is null ? (FormResolutions.NotDeployed, null) : (FormResolutions.Resolved, stored);
        }

        if (form.FormKey is { } formKey)
        {
            if (FormKeys.Resolve(formKey) is not { } key)
            {
                return (FormResolutions.External, null);
            }

            // BPMN.md: camunda-forms:deployment:<id> is a formRef with the deployment binding; other keys take the latest.
            var stored = store is null ? null
                : formKey.StartsWith("camunda-forms:deployment:", StringComparison.Ordinal)
                    ? await processDeployedAt().ConfigureAwait(false) is { } at ? await store.DeployedByAsync(key, at).ConfigureAwait(false) : null
                    : await store.GetAsync(key, null).ConfigureAwait(false);
            return stored is null ? (FormResolutions.NotDeployed, null) : (FormResolutions.Resolved, stored);
        }

        return (FormResolutions.None, null);
    }
}
