using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseFlow.Grains.Instances;

/// <summary>Reads a grain command from the variables a service task sees: their names are the command's fields.</summary>
public static class JobCommand
{
    /// <summary>The command, or null when the variables do not form one (a wrong type, a value that does not parse).</summary>
    /// <remarks>Callers report the failure without quoting the variables: they may hold personal data.</remarks>
    public static TCommand? Read<TCommand>(ServiceTaskContext context, JsonSerializerOptions options)
        where TCommand : class
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var variables = new JsonObject();
            foreach (var (name, value) in context.Variables)
            {
                variables[name] = JsonNode.Parse(value.GetRawText());
            }

            return variables.Deserialize<TCommand>(options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
