using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.FamilyAdvice;

public sealed class FamilyContactTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly Guid Team = Guid.NewGuid();

    private static FamilyContact NewContact()
    {
        var contact = new FamilyContact(Guid.NewGuid(), Guid.NewGuid(), AnswerSecrets.NewReference(), ContactChannel.Electronic, Guid.NewGuid(),
            Guid.NewGuid(), AnswerBy.AnswerPage, "fi", SealedContactDetails.None, Team, new DateOnly(2026, 12, 9), Now);
        contact.IssueAnswerLink(AnswerSecrets.New().Hash, Now);
        contact.Open("sealed question", Now);
        return contact;
    }

    private static Rule Broken(Action action) => Assert.ThrowsAny<DomainRuleViolation>(action).Rule;

    [Fact]
    public void A_reply_answers_the_contact_and_a_stale_version_is_refused()
    {
        var contact = NewContact();
        Assert.Same(FamilyAdviceRules.Stale, Broken(() => contact.Reply(contact.Version - 1, "x", Worker, Now)));
        contact.Reply(contact.Version, "sealed answer", Worker, Now.AddHours(1));
        Assert.Equal(ContactState.Answered, contact.State);
        Assert.Equal(Now.AddHours(1), contact.FirstAnsweredAt);
        Assert.Equal(Worker, contact.AssignedToId);
    }

    [Fact]
    public void A_closed_contact_takes_no_reply_but_the_familys_message_opens_it_again()
    {
        var contact = NewContact();
        contact.Close(contact.Version, ContactOutcome.GuidanceGiven, Worker, Now);
        Assert.Same(FamilyAdviceRules.Closed, Broken(() => contact.Reply(contact.Version, "x", Worker, Now)));
        contact.FamilyWrites("sealed again", Now.AddDays(1));
        Assert.Equal(ContactState.InProgress, contact.State);
        Assert.Null(contact.Outcome);
        Assert.Contains(contact.Entries, e => e.Kind == ContactEntryKind.Reopening);
    }

    [Fact]
    public void A_transfer_to_the_same_team_is_refused_and_a_transfer_leaves_no_worker()
    {
        var contact = NewContact();
        contact.Claim(contact.Version, Worker, Now);
        Assert.Same(FamilyAdviceRules.TransferToSameTeam, Broken(() => contact.Transfer(contact.Version, Team, null, "why", Worker, Now)));
        contact.Transfer(contact.Version, null, null, "sealed reason", Worker, Now);
        Assert.Null(contact.TeamId);
        Assert.Null(contact.AssignedToId);
        Assert.Equal(ContactState.Received, contact.State);
    }

    [Fact]
    public void A_revoked_link_takes_no_message_and_cannot_be_revoked_twice()
    {
        var contact = NewContact();
        contact.RevokeAnswerLink(contact.Version, Worker, Now);
        Assert.False(contact.IsAnswerLinkActive);
        Assert.Same(FamilyAdviceRules.NotFound, Broken(() => contact.FamilyWrites("x", Now)));
        Assert.Same(FamilyAdviceRules.LinkAlreadyRevoked, Broken(() => contact.RevokeAnswerLink(contact.Version, Worker, Now)));
    }

    [Fact]
    public void Deleting_the_content_keeps_what_the_statistics_count_and_nothing_of_the_family()
    {
        var contact = NewContact();
        contact.Close(contact.Version, ContactOutcome.ReferredToService, Worker, Now);
        contact.DeleteContent(Now.AddMonths(6));
        Assert.Empty(contact.Entries);
        Assert.Empty(contact.AnswerLinks);
        Assert.Equal(SealedContactDetails.None, contact.Details);
        Assert.StartsWith("deleted-", contact.Reference);
        Assert.Equal(ContactOutcome.ReferredToService, contact.Outcome);
        Assert.Same(FamilyAdviceRules.ContentDeleted, Broken(() => contact.Note(contact.Version, "x", Worker, Now)));
    }

    [Fact]
    public void A_contact_is_overdue_after_its_due_day_until_answered()
    {
        var contact = NewContact();
        Assert.False(contact.IsOverdue(new DateOnly(2026, 12, 9)));
        Assert.True(contact.IsOverdue(new DateOnly(2026, 12, 10)));
        contact.Reply(contact.Version, "answer", Worker, Now);
        Assert.False(contact.IsOverdue(new DateOnly(2026, 12, 10)));
    }

    [Fact]
    public void A_team_has_each_worker_once()
    {
        var team = new AdviceTeam(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);
        team.AddMember(Worker, Now);
        Assert.Same(FamilyAdviceRules.AlreadyMember, Broken(() => team.AddMember(Worker, Now)));
        team.RemoveMember(Worker);
        Assert.Same(FamilyAdviceRules.NotMember, Broken(() => team.RemoveMember(Worker)));
    }

    [Fact]
    public void Settings_keep_the_response_time_and_retention_within_bounds()
    {
        var settings = new AdviceSettings(Guid.NewGuid(), null, Now);
        AdviceSettingsDetails With(int days, int months) => new(null, new LocalizedText(""), new LocalizedText(""), days, months, [], null);
        Assert.Same(FamilyAdviceRules.ResponseDaysInvalid, Broken(() => settings.Change(1, With(0, 6), Now)));
        Assert.Same(FamilyAdviceRules.RetentionInvalid, Broken(() => settings.Change(1, With(2, 61), Now)));
        Assert.Same(FamilyAdviceRules.SettingsStale, Broken(() => settings.Change(2, With(2, 6), Now)));
        settings.Change(1, With(3, 12) with { ExtraDaysOff = [new DateOnly(2026, 12, 31)] }, Now);
        Assert.Equal([new DateOnly(2026, 12, 31)], settings.ExtraDaysOffList);
    }

    [Fact]
    public void An_answer_link_is_a_secret_whose_hash_alone_is_kept()
    {
        var (secret, hash) = AnswerSecrets.New();
        Assert.True(AnswerSecrets.IsWellFormed(secret));
        Assert.Equal(hash, AnswerSecrets.HashOf(secret));
        Assert.DoesNotContain(secret, hash);
        Assert.False(AnswerSecrets.IsWellFormed("../../etc"));
        Assert.Matches("^PN-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", AnswerSecrets.NewReference());
    }
}
