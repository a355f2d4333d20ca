using System.Data.Common;
using CaseFlow.Grains.Storage;

namespace CaseFlow.Grains.Instances.ReadModel;

/// <summary>Collects named parameters while a WHERE clause is assembled, then adds them to each command that uses it.</summary>
internal sealed class SqlParameters
{
    private readonly List<KeyValuePair<string, object?>> _values = [];

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add(string name, object? value)
    {
        _values.Add(new(name, value));
        return "@" + name;
    }

    public void ApplyTo(DbCommand command)
    {
        foreach (var (name, value) in _values)
        {
            command.AddParameter(name, value);
        }
    }
}
