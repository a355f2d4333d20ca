using CaseFlow.Grains.Contracts;
using CaseFlow.Grains.Contracts.Persons;
using CaseFlow.Grains.Tests.Infrastructure;

namespace CaseFlow.Grains.Tests.Persons;

/// <summary>Every <see cref="IPersonGrain"/> method through a real cluster, so serialisation of each is exercised.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonGrainTests(ClusterFixture fixture)
{
    private IPersonGrain NewPerson(out string id)
    {
        id = People.NewPersonId();
        return fixture.Grains.GetGrain<IPersonGrain>(id);
    }

    [Fact(DisplayName = "Registering returns the person with the ID number and phone masked, version 1")]
    public async Task Register_returns_masked_view()
    {
        var grain = NewPerson(out var id);
        var idNumber = People.NewIdNumber(Gender.Female);

        var result = await grain.RegisterAsync(People.Registration(idNumber));

        Assert.Null(result.Error);
        var person = Assert.IsType<PersonView>(result.Person);
        Assert.Equal(id, person.Id);
        Assert.Equal(1, person.Version);
        Assert.Equal(Gender.Female, person.Gender);
        Assert.Equal(idNumber[..4] + "**********" + idNumber[^4..], person.IdNumberMasked);
        Assert.Equal("138****1234", person.PhoneMasked);
        Assert.Equal(ClusterFixture.Clock.GetUtcNow(), person.RegisteredAt);
    }

    [Fact(DisplayName = "Get, Exists and GetHistory see the registration; history holds only the masked ID number")]
    public async Task Get_exists_and_history_after_register()
    {
        var grain = NewPerson(out _);
        var idNumber = People.NewIdNumber();
        Assert.False(await grain.ExistsAsync());
        await grain.RegisterAsync(People.Registration(idNumber));

        var read = await grain.GetAsync();
        var history = await grain.GetHistoryAsync();

        Assert.True(await grain.ExistsAsync());
        Assert.Equal("张三", read.Person?.Name);
        Assert.Null(history.Error);
        var registered = Assert.Single(history.Events);
        Assert.Equal(1, registered.Seq);
        Assert.Equal(CaseEventKinds.PersonRegistered, registered.Kind);
        Assert.Equal("caseworker-1", registered.Actor);
        var id = Assert.Single(registered.Changes, c => c.Field == "idNumber");
        Assert.Null(id.Before);
        Assert.Equal(read.Person!.IdNumberMasked, id.After);
        Assert.DoesNotContain(registered.Changes, c => c.After == idNumber || c.After == "13812341234");
    }

    [Fact(DisplayName = "An unknown person id answers PERSON_NOT_FOUND to every read and command")]
    public async Task Unknown_person_is_not_found()
    {
        var grain = NewPerson(out _);

        Assert.Equal(DomainErrorCodes.PersonNotFound, (await grain.GetAsync()).Error?.Code);
        Assert.Equal(DomainErrorCodes.PersonNotFound, (await grain.GetHistoryAsync()).Error?.Code);
        Assert.Equal(DomainErrorCodes.PersonNotFound, (await grain.UpdateProfileAsync(People.Patch(1))).Error?.Code);
    }

    [Fact(DisplayName = "A refused registration comes back as a domain error with code and field, and writes nothing")]
    public async Task Invalid_checksum_is_a_domain_error_across_the_call()
    {
        var grain = NewPerson(out _);

        var result = await grain.RegisterAsync(People.Registration("530102192005080119"));

        Assert.Null(result.Person);
        var error = Assert.IsType<DomainError>(result.Error);
        Assert.Equal(DomainErrorCodes.IdChecksum, error.Code);
        Assert.Equal("idNumber", error.Field);
        Assert.False(string.IsNullOrEmpty(error.Message));
        Assert.False(await grain.ExistsAsync());
    }

    [Fact(DisplayName = "Several failures come back together under VALIDATION_FAILED, keyed by field")]
    public async Task Several_failures_are_reported_together()
    {
        var grain = NewPerson(out _);
        var command = People.Registration() with { Name = " ", Gender = Gender.Female, VillageCode = "T2-V1", Phone = "12" };

        var error = (await grain.RegisterAsync(command)).Error!;

        Assert.Equal(DomainErrorCodes.ValidationFailed, error.Code);
        Assert.Contains(error.Errors, e => e is { Field: "name", Code: DomainErrorCodes.Required });
        Assert.Contains(error.Errors, e => e is { Field: "gender", Code: DomainErrorCodes.GenderMismatch });
        Assert.Contains(error.Errors, e => e is { Field: "villageCode", Code: DomainErrorCodes.JurisdictionMismatch });
        Assert.Contains(error.Errors, e => e is { Field: "phone", Code: DomainErrorCodes.PhoneFormat });
    }

    [Fact(DisplayName = "A minor cannot be registered without a guardian")]
    public async Task Minor_needs_guardian()
    {
        var body = "61092120150601001";
        var idNumber = body + CaseFlow.Grains.Persons.ResidentIdNumber.ComputeCheckCharacter(body);
        var grain = NewPerson(out _);

        var refused = await grain.RegisterAsync(People.Registration(idNumber));
        var accepted = await grain.RegisterAsync(People.Registration(idNumber) with { Guardian = new GuardianInput("张父", "父亲", "13900001111") });

        Assert.Equal(DomainErrorCodes.GuardianRequired, refused.Error?.Code);
        Assert.Equal("139****1111", accepted.Person?.Guardian?.PhoneMasked);
    }

    [Fact(DisplayName = "Registering the same person id twice is refused with PERSON_EXISTS")]
    public async Task Second_registration_of_same_id_is_refused()
    {
        var grain = NewPerson(out _);
        await grain.RegisterAsync(People.Registration());

        var again = await grain.RegisterAsync(People.Registration());

        Assert.Equal(DomainErrorCodes.PersonExists, again.Error?.Code);
    }

    [Fact(DisplayName = "An ID number already registered under another person id is ID_DUPLICATE naming the holder")]
    public async Task Duplicate_id_number_across_person_ids()
    {
        var idNumber = People.NewIdNumber();
        var first = NewPerson(out var firstId);
        var second = NewPerson(out _);
        await first.RegisterAsync(People.Registration(idNumber));

        // A lower-case x or surrounding spaces must not dodge the check: the number is normalised first.
        var result = await second.RegisterAsync(People.Registration(" " + idNumber + " "));

        Assert.Equal(DomainErrorCodes.IdDuplicate, result.Error?.Code);
        Assert.Equal(firstId, result.Error?.ExistingPersonId);
        Assert.Equal("idNumber", result.Error?.Field);
        Assert.False(await second.ExistsAsync());
    }

    [Fact(DisplayName = "An update with a stale version is refused with VERSION_MISMATCH and changes nothing")]
    public async Task Stale_version_is_refused()
    {
        var grain = NewPerson(out _);
        await grain.RegisterAsync(People.Registration());
        var updated = await grain.UpdateProfileAsync(People.Patch(1) with { Name = "张三丰" });

        var stale = await grain.UpdateProfileAsync(People.Patch(1) with { Name = "李四" });

        Assert.Equal(2, updated.Person?.Version);
        Assert.Equal(DomainErrorCodes.VersionMismatch, stale.Error?.Code);
        Assert.Equal("张三丰", (await grain.GetAsync()).Person?.Name);
    }

    [Fact(DisplayName = "An update records before and after in history and bumps the version once")]
    public async Task Update_appends_history()
    {
        var grain = NewPerson(out _);
        await grain.RegisterAsync(People.Registration());

        var result = await grain.UpdateProfileAsync(People.Patch(1) with
        {
            TownCode = StubJurisdictionDirectory.Town2, VillageCode = StubJurisdictionDirectory.Village2, Phone = string.Empty,
        });
        var unchanged = await grain.UpdateProfileAsync(People.Patch(2) with { TownCode = StubJurisdictionDirectory.Town2 });
        var history = await grain.GetHistoryAsync();

        Assert.Equal(2, result.Person?.Version);
        Assert.Null(result.Person?.PhoneMasked);
        Assert.Equal(2, unchanged.Person?.Version);
        var update = history.Events[^1];
        Assert.Equal(2, update.Seq);
        Assert.Equal(CaseEventKinds.ProfileUpdated, update.Kind);
        Assert.Contains(update.Changes, c => c is { Field: "townCode", Before: StubJurisdictionDirectory.Town1, After: StubJurisdictionDirectory.Town2 });
        Assert.Contains(update.Changes, c => c is { Field: "phone", Before: "138****1234", After: null });
    }

    [Fact(DisplayName = "Changing the ID number claims the new one and frees the old one for someone else")]
    public async Task Changing_id_number_moves_the_claim()
    {
        var oldNumber = People.NewIdNumber();
        var newNumber = People.NewIdNumber();
        var grain = NewPerson(out _);
        await grain.RegisterAsync(People.Registration(oldNumber));

        var changed = await grain.UpdateProfileAsync(People.Patch(1) with { IdNumber = newNumber });
        var reuse = await NewPerson(out _).RegisterAsync(People.Registration(oldNumber));
        var history = await grain.GetHistoryAsync();

        Assert.Null(changed.Error);
        Assert.Null(reuse.Error);
        var change = Assert.Single(history.Events[^1].Changes, c => c.Field == "idNumber");
        Assert.Equal(oldNumber[..4] + "**********" + oldNumber[^4..], change.Before);
        Assert.Equal(newNumber[..4] + "**********" + newNumber[^4..], change.After);
    }

    [Fact(DisplayName = "Changing to a number another person holds is ID_DUPLICATE and keeps the old number")]
    public async Task Changing_to_taken_number_is_refused()
    {
        var taken = People.NewIdNumber();
        await NewPerson(out var holder).RegisterAsync(People.Registration(taken));
        var grain = NewPerson(out _);
        var registered = await grain.RegisterAsync(People.Registration());

        var result = await grain.UpdateProfileAsync(People.Patch(1) with { IdNumber = taken });

        Assert.Equal(DomainErrorCodes.IdDuplicate, result.Error?.Code);
        Assert.Equal(holder, result.Error?.ExistingPersonId);
        Assert.Equal(registered.Person?.IdNumberMasked, (await grain.GetAsync()).Person?.IdNumberMasked);
    }
}
