using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Persons;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace CaseFlow.Grains.Tests.Persons;

/// <summary>The stored state round-trips through the production System.Text.Json grain storage serializer.</summary>
public sealed class PersonStateSerializationTests
{
    internal static readonly SystemTextJsonGrainStorageSerializer Serializer =
        new(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    internal static PersonState SampleState()
    {
        var at = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        var profile = new PersonProfile("张三", Gender.Female, new DateOnly(1949, 12, 31), "11010519491231002X", "T1", "T1-V1", "13812341234",
            new Guardian("张父", "父亲", null));
        return new PersonState
        {
            Profile = profile,
            Version = 2,
            RegisteredAt = at,
            UpdatedAt = at.AddHours(1),
            History =
            [
                new CaseEvent(1, at, "caseworker-1", CaseEventKinds.PersonRegistered, [new FieldChange("name", null, "张三")]),
                new CaseEvent(2, at.AddHours(1), "caseworker-1", CaseEventKinds.ProfileUpdated, [new FieldChange("phone", null, "138****1234")]),
            ],
        };
    }

    [Fact]
    public void Person_state_round_trips()
    {
        var state = SampleState();

        var copy = Serializer.Deserialize<PersonState>(Serializer.Serialize(state))!;

        Assert.Equal(state.Profile, copy.Profile);
        Assert.Equal(state.Version, copy.Version);
        Assert.Equal(state.RegisteredAt, copy.RegisteredAt);
        Assert.Equal(state.UpdatedAt, copy.UpdatedAt);
        Assert.Equal(2, copy.History.Count);
        Assert.Equal(state.History[1].Changes.AsEnumerable(), copy.History[1].Changes.AsEnumerable());
        Assert.Equal(state.History[0] with { Changes = [] }, copy.History[0] with { Changes = [] });
    }

    [Fact]
    public void Person_state_with_a_case_file_round_trips()
    {
        var state = SampleState();
        var context = new CaseFlow.Grains.CaseFiles.CaseFileContext(state.Profile!, CaseFlow.Grains.CaseFiles.PersonCaseFile.Empty, new DateOnly(2026, 3, 1),
            DateTimeOffset.UnixEpoch, new CaseFlow.Grains.CaseFiles.BenefitOptions());
        state.CaseFile = CaseFlow.Grains.CaseFiles.CaseFileRules.IssueCertificate(context, new CaseFlow.Grains.Contracts.CaseFiles.IssueCertificate(
            "a", null, CaseFlow.Grains.Contracts.CaseFiles.DisabilityCategory.Multiple, 2,
            [new(CaseFlow.Grains.Contracts.CaseFiles.DisabilityCategory.Visual, 2), new(CaseFlow.Grains.Contracts.CaseFiles.DisabilityCategory.Hearing, 4)],
            3, true, new DateOnly(2026, 1, 5), null, "县残联", null, true, 1, "I1")).Next! with
        {
            Monitoring = new(CaseFlow.Grains.Contracts.CaseFiles.MonitoringCategory.MarginalAtRisk, CaseFlow.Grains.Contracts.CaseFiles.MonitoringStatus.Clue,
                new DateOnly(2026, 2, 1), "visit", new DateOnly(2026, 2, 1)),
        };

        var copy = Serializer.Deserialize<PersonState>(Serializer.Serialize(state))!;

        var certificate = Assert.Single(copy.CaseFile!.Certificates);
        Assert.Equal(state.CaseFile.Certificates[0] with { Components = [] }, certificate with { Components = [] });
        Assert.Equal(state.CaseFile.Certificates[0].Components.AsEnumerable(), certificate.Components.AsEnumerable());
        Assert.Equal(state.CaseFile.Monitoring, copy.CaseFile.Monitoring);
        Assert.Empty(copy.CaseFile.Visits);
    }

    [Fact]
    public void Claim_state_round_trips()
    {
        var state = new PersonIdNumberClaimState { OwnerPersonId = "P1", ClaimedAt = DateTimeOffset.UnixEpoch };

        var copy = Serializer.Deserialize<PersonIdNumberClaimState>(Serializer.Serialize(state))!;

        Assert.Equal("P1", copy.OwnerPersonId);
        Assert.Equal(DateTimeOffset.UnixEpoch, copy.ClaimedAt);
    }
}
