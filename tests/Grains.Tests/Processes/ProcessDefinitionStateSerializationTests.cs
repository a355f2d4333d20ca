using CaseFlow.Grains.Contracts.Processes;
using CaseFlow.Grains.Processes;
using CaseFlow.Grains.Tests.Persons;

namespace CaseFlow.Grains.Tests.Processes;

/// <summary>The stored state round-trips through the production System.Text.Json grain storage serializer.</summary>
public sealed class ProcessDefinitionStateSerializationTests
{
    [Fact]
    public void Process_definition_state_round_trips()
    {
        var at = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var xml = ProcessFiles.Simple("home_visit", newline: "\r\n");
        var state = new ProcessDefinitionState
        {
            Versions =
            [
                new ProcessVersionRecord
                {
                    Version = 1, Status = ProcessVersionStatus.Published, Xml = xml, Sha256 = ProcessXmlText.Sha256Of(xml), Name = "走访",
                    VersionTag = "2026.1", DeployedAt = at, DeployedBy = "a", PublishedAt = at.AddHours(1), PublishedBy = "b",
                },
            ],
            History = [new ProcessHistoryEntry(1, at, "a", ProcessHistoryKinds.Deployed, 1), new ProcessHistoryEntry(2, at.AddHours(1), "b", ProcessHistoryKinds.Published, 1)],
        };

        var copy = PersonStateSerializationTests.Serializer.Deserialize<ProcessDefinitionState>(PersonStateSerializationTests.Serializer.Serialize(state))!;

        Assert.Equal(state.Versions[0].ToView("home_visit"), copy.Versions[0].ToView("home_visit"));
        Assert.Equal(xml, copy.Versions[0].Xml);
        Assert.Equal(state.History, copy.History);
    }
}
