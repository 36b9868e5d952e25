using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Features.Agreements;
using Perheverkko.Web.Features.Bulletins;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Features.Announcements;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Features.Materials;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Data;

/// <summary>
/// The one database of the application, the same model on SQLite and PostgreSQL: the platform's tables
/// (<see cref="PlatformDb"/>) and every feature's. Each feature's configuration lives beside its entities
/// (<c>Features/&lt;Area&gt;/&lt;Area&gt;Configuration.cs</c>) and is found by the platform's model building.
/// </summary>
public sealed class PerheverkkoDb(DbContextOptions<PerheverkkoDb> options, CurrentRegion? currentRegion = null) : PlatformDb(options, currentRegion)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ContactPerson> ContactPersons => Set<ContactPerson>();
    public DbSet<FamilyCentre> FamilyCentres => Set<FamilyCentre>();
    public DbSet<MeetingPlace> MeetingPlaces => Set<MeetingPlace>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<AgreementSection> AgreementSections => Set<AgreementSection>();
    public DbSet<BackgroundDocument> BackgroundDocuments => Set<BackgroundDocument>();
    public DbSet<SectionComment> SectionComments => Set<SectionComment>();
    public DbSet<LeadershipProcessing> LeadershipProcessings => Set<LeadershipProcessing>();
    public DbSet<PartySignatory> PartySignatories => Set<PartySignatory>();
    public DbSet<PartyDecision> PartyDecisions => Set<PartyDecision>();
    public DbSet<DecisionAttachment> DecisionAttachments => Set<DecisionAttachment>();
    public DbSet<SigningEvent> SigningEvents => Set<SigningEvent>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<GroupRole> GroupRoles => Set<GroupRole>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<DecisionNumber> DecisionNumbers => Set<DecisionNumber>();
    public DbSet<MinutesVersion> MinutesVersions => Set<MinutesVersion>();
    public DbSet<AgendaAttachment> AgendaAttachments => Set<AgendaAttachment>();
    public DbSet<AgendaDocumentRead> AgendaDocumentReads => Set<AgendaDocumentRead>();
    public DbSet<AbsenceNotice> AbsenceNotices => Set<AbsenceNotice>();
    public DbSet<OrganHandling> OrganHandlings => Set<OrganHandling>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<FamilyContact> FamilyContacts => Set<FamilyContact>();
    public DbSet<ContactEntry> ContactEntries => Set<ContactEntry>();
    public DbSet<AnswerLink> AnswerLinks => Set<AnswerLink>();
    public DbSet<AdviceTeam> AdviceTeams => Set<AdviceTeam>();
    public DbSet<AdviceTeamMember> AdviceTeamMembers => Set<AdviceTeamMember>();
    public DbSet<AdviceTopic> AdviceTopics => Set<AdviceTopic>();
    public DbSet<AdviceSettings> AdviceSettings => Set<AdviceSettings>();
    public DbSet<Worker> Workers => Set<Worker>();
    public DbSet<InsurancePolicy> InsurancePolicies => Set<InsurancePolicy>();
    public DbSet<WorkforceSettings> WorkforceSettings => Set<WorkforceSettings>();
    public DbSet<ActivityTask> ActivityTasks => Set<ActivityTask>();
    public DbSet<LapseNotice> LapseNotices => Set<LapseNotice>();
    public DbSet<Bulletin> Bulletins => Set<Bulletin>();
    public DbSet<BulletinDelivery> BulletinDeliveries => Set<BulletinDelivery>();
    public DbSet<BulletinOptOut> BulletinOptOuts => Set<BulletinOptOut>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<MaterialFolder> MaterialFolders => Set<MaterialFolder>();
    public DbSet<Material> Materials => Set<Material>();
    public DbSet<MaterialVersion> MaterialVersions => Set<MaterialVersion>();
    public DbSet<Features.ActionPlans.ActionPlan> ActionPlans => Set<Features.ActionPlans.ActionPlan>();
    public DbSet<Features.ActionPlans.ActionPlanGoal> ActionPlanGoals => Set<Features.ActionPlans.ActionPlanGoal>();
    public DbSet<Features.ActionPlans.ActionPlanResource> ActionPlanResources => Set<Features.ActionPlans.ActionPlanResource>();
    public DbSet<Features.ActionPlans.ActionPlanComment> ActionPlanComments => Set<Features.ActionPlans.ActionPlanComment>();
    public DbSet<Features.YearClock.YearClockTask> YearClockTasks => Set<Features.YearClock.YearClockTask>();
    public DbSet<Features.YearClock.YearClockReminder> YearClockReminders => Set<Features.YearClock.YearClockReminder>();
    public DbSet<Features.YearClock.YearClockFeed> YearClockFeeds => Set<Features.YearClock.YearClockFeed>();
    public DbSet<Features.Evaluations.MunicipalEvaluation> MunicipalEvaluations => Set<Features.Evaluations.MunicipalEvaluation>();
    public DbSet<Features.Evaluations.EvaluationRow> EvaluationRows => Set<Features.Evaluations.EvaluationRow>();
    public DbSet<Features.Evaluations.EvaluationSettings> EvaluationSettings => Set<Features.Evaluations.EvaluationSettings>();
    public DbSet<Features.Evaluations.EvaluationReminder> EvaluationReminders => Set<Features.Evaluations.EvaluationReminder>();
    public DbSet<Features.FamilySurvey.Survey> Surveys => Set<Features.FamilySurvey.Survey>();
    public DbSet<Features.FamilySurvey.SurveyQuestion> SurveyQuestions => Set<Features.FamilySurvey.SurveyQuestion>();
    public DbSet<Features.FamilySurvey.SurveyOption> SurveyOptions => Set<Features.FamilySurvey.SurveyOption>();
    public DbSet<Features.FamilySurvey.SurveyResponse> SurveyResponses => Set<Features.FamilySurvey.SurveyResponse>();
    public DbSet<Features.FamilySurvey.SurveyAnswer> SurveyAnswers => Set<Features.FamilySurvey.SurveyAnswer>();
    public DbSet<Features.FamilySurvey.SurveyFreeText> SurveyFreeTexts => Set<Features.FamilySurvey.SurveyFreeText>();
    public DbSet<Features.Indicators.Indicator> Indicators => Set<Features.Indicators.Indicator>();
    public DbSet<Features.Indicators.IndicatorValue> IndicatorValues => Set<Features.Indicators.IndicatorValue>();
    public DbSet<Features.Indicators.SotkanetMunicipality> SotkanetMunicipalities => Set<Features.Indicators.SotkanetMunicipality>();
    public DbSet<Features.AnnualReports.AnnualReport> AnnualReports => Set<Features.AnnualReports.AnnualReport>();
    public DbSet<Features.AnnualReports.AnnualReportSettings> AnnualReportSettings => Set<Features.AnnualReports.AnnualReportSettings>();
    public DbSet<Features.Ptv.PtvConnection> PtvConnections => Set<Features.Ptv.PtvConnection>();
    public DbSet<Features.Ptv.PtvExport> PtvExports => Set<Features.Ptv.PtvExport>();
    public DbSet<Features.Accounts.SignInThrottle> SignInThrottles => Set<Features.Accounts.SignInThrottle>();

    /// <summary>
    /// The rows that belong to a region through their parent (a meeting through its group, a party through its
    /// agreement version) are confined with it: a meeting, agenda item or contact person of another region is not
    /// found, whatever address names it. The roots carry their region themselves (<see cref="IRegionOwned"/>).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ContactPerson>().HasQueryFilter(RegionFilter.Name, c => ConfinedToRegion == null
            || Organisations.Any(o => o.Id == c.OrganisationId && o.RegionId == ConfinedToRegion));

        builder.Entity<Party>().HasQueryFilter(RegionFilter.Name, p => ConfinedToRegion == null || AgreementVersions.Any(v => v.Id == p.AgreementVersionId && v.RegionId == ConfinedToRegion));
        builder.Entity<AgreementSection>().HasQueryFilter(RegionFilter.Name, s => ConfinedToRegion == null || AgreementVersions.Any(v => v.Id == s.AgreementVersionId && v.RegionId == ConfinedToRegion));
        builder.Entity<BackgroundDocument>().HasQueryFilter(RegionFilter.Name, d => ConfinedToRegion == null || AgreementVersions.Any(v => v.Id == d.AgreementVersionId && v.RegionId == ConfinedToRegion));
        builder.Entity<LeadershipProcessing>().HasQueryFilter(RegionFilter.Name, l => ConfinedToRegion == null || AgreementVersions.Any(v => v.Id == l.AgreementVersionId && v.RegionId == ConfinedToRegion));
        builder.Entity<SigningEvent>().HasQueryFilter(RegionFilter.Name, e => ConfinedToRegion == null || AgreementVersions.Any(v => v.Id == e.AgreementVersionId && v.RegionId == ConfinedToRegion));
        builder.Entity<SectionComment>().HasQueryFilter(RegionFilter.Name, c => ConfinedToRegion == null
            || AgreementSections.Any(s => s.Id == c.SectionId && AgreementVersions.Any(v => v.Id == s.AgreementVersionId && v.RegionId == ConfinedToRegion)));
        builder.Entity<PartySignatory>().HasQueryFilter(RegionFilter.Name, s => ConfinedToRegion == null
            || Parties.Any(p => p.Id == s.PartyId && AgreementVersions.Any(v => v.Id == p.AgreementVersionId && v.RegionId == ConfinedToRegion)));
        builder.Entity<PartyDecision>().HasQueryFilter(RegionFilter.Name, d => ConfinedToRegion == null
            || Parties.Any(p => p.Id == d.PartyId && AgreementVersions.Any(v => v.Id == p.AgreementVersionId && v.RegionId == ConfinedToRegion)));

        builder.Entity<Membership>().HasQueryFilter(RegionFilter.Name, m => ConfinedToRegion == null || Groups.Any(g => g.Id == m.GroupId && g.RegionId == ConfinedToRegion));
        builder.Entity<GroupRole>().HasQueryFilter(RegionFilter.Name, r => ConfinedToRegion == null || Groups.Any(g => g.Id == r.GroupId && g.RegionId == ConfinedToRegion));
        builder.Entity<Meeting>().HasQueryFilter(RegionFilter.Name, m => ConfinedToRegion == null || Groups.Any(g => g.Id == m.GroupId && g.RegionId == ConfinedToRegion));
        builder.Entity<AgendaItem>().HasQueryFilter(RegionFilter.Name, i => ConfinedToRegion == null || Meetings.Any(mt => mt.Id == i.MeetingId && Groups.Any(g => g.Id == mt.GroupId && g.RegionId == ConfinedToRegion)));
        builder.Entity<AgendaAttachment>().HasQueryFilter(RegionFilter.Name, a => ConfinedToRegion == null || Meetings.Any(mt => mt.Id == a.MeetingId && Groups.Any(g => g.Id == mt.GroupId && g.RegionId == ConfinedToRegion)));
        builder.Entity<AgendaDocumentRead>().HasQueryFilter(RegionFilter.Name, r => ConfinedToRegion == null || AgendaAttachments.Any(a => a.Id == r.AttachmentId));
        builder.Entity<MinutesVersion>().HasQueryFilter(RegionFilter.Name, v => ConfinedToRegion == null || Meetings.Any(mt => mt.Id == v.MeetingId && Groups.Any(g => g.Id == mt.GroupId && g.RegionId == ConfinedToRegion)));
        builder.Entity<AbsenceNotice>().HasQueryFilter(RegionFilter.Name, n => ConfinedToRegion == null || Meetings.Any(mt => mt.Id == n.MeetingId && Groups.Any(g => g.Id == mt.GroupId && g.RegionId == ConfinedToRegion)));
        builder.Entity<OrganHandling>().HasQueryFilter(RegionFilter.Name, h => ConfinedToRegion == null
            || AgendaItems.Any(i => i.Id == h.AgendaItemId && Meetings.Any(mt => mt.Id == i.MeetingId && Groups.Any(g => g.Id == mt.GroupId && g.RegionId == ConfinedToRegion))));

        builder.Entity<ContactEntry>().HasQueryFilter(RegionFilter.Name, e => ConfinedToRegion == null || FamilyContacts.Any(c => c.Id == e.ContactId && c.RegionId == ConfinedToRegion));
        builder.Entity<AnswerLink>().HasQueryFilter(RegionFilter.Name, l => ConfinedToRegion == null || FamilyContacts.Any(c => c.Id == l.ContactId && c.RegionId == ConfinedToRegion));
        builder.Entity<AdviceTeamMember>().HasQueryFilter(RegionFilter.Name, m => ConfinedToRegion == null || AdviceTeams.Any(t => t.Id == m.TeamId && t.RegionId == ConfinedToRegion));

        builder.Entity<BulletinDelivery>().HasQueryFilter(RegionFilter.Name, d => ConfinedToRegion == null || Bulletins.Any(b => b.Id == d.BulletinId && b.RegionId == ConfinedToRegion));
        builder.Entity<MaterialVersion>().HasQueryFilter(RegionFilter.Name, v => ConfinedToRegion == null || Materials.Any(m => m.Id == v.MaterialId && m.RegionId == ConfinedToRegion));
    }

}
