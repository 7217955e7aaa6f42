using System.Text;
using Alba;
using Marten;
using Marten.Events;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Oversight.Accounts;
using Oversight.Notifications;
using Oversight.Programmes;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Details;
using Oversight.Recommendations;
using Oversight.Tests.Programmes;
using Oversight.Tests.Security;
using Oversight.Tests.Support;
using Wolverine.Tracking;
using Wolverine.Http;

namespace Oversight.Tests.Notifications;

/// <summary>
/// A programme from its creation to a verified recommendation, through the API as each person does their part: after every step,
/// exactly the people the step asks something of or answers have one new notification in their inbox and one e-mail (through the
/// test SMTP server), the person who acted has none, and replaying every event afterwards tells nobody anything again.
/// </summary>
public sealed class NotificationTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly Person SecondMember = new("daibieu.hai", Role.DelegationMember, People.CouncilA);

    [Fact]
    public async Task Each_step_from_creation_to_a_verified_recommendation_tells_exactly_whom_it_concerns_once()
    {
        var ledger = await Ledger.Start(Fixture, "walk", [People.SecretariatA, People.AdminA, People.MemberA, SecondMember, People.AgencyA, People.ViewerA]);
        var secretariat = People.SecretariatA;
        var staff = new[] { People.SecretariatA, People.AdminA };

        var creation = ProgrammeStory.Creation() with { Title = "Giám sát thử việc thông báo" };
        var id = (await (await Host.SendAs(secretariat, HttpMethod.Post, "/api/programmes", creation, 201)).Read<CreationResponse<Guid>>()).Value;
        await ledger.Told("tạo cuộc giám sát");

        var programme = await Programme(id);
        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/delegation", ProgrammeStory.Delegation(programme) with
        {
            Members =
            [
                new NewMember(null, "Phó Chủ tịch HĐND tỉnh", DelegationRole.Head, People.MemberA.Id),
                new NewMember(null, "Ủy viên Thường trực", DelegationRole.Member, SecondMember.Id),
                new NewMember("Chuyên viên Văn phòng", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", DelegationRole.Secretary),
            ],
        }, 204);
        await ledger.Told("thành lập Đoàn", (People.MemberA, "Bạn được cử làm trưởng đoàn Đoàn giám sát “Giám sát thử việc thông báo”"),
            (SecondMember, "Bạn được cử làm thành viên Đoàn giám sát"));

        programme = await Programme(id);
        await Host.SendAs(secretariat, HttpMethod.Put, $"/api/programmes/{id}/plan", ProgrammeStory.Plan(programme), 204);
        await ledger.Told("ban hành kế hoạch", (People.AgencyA, "đề nghị Sở Lao động - Thương binh và Xã hội gửi báo cáo theo đề cương trước ngày 14/06/2024"));

        programme = await Programme(id);
        var activityId = (await (await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/activities", ProgrammeStory.Session(programme), 201))
            .Read<CreationResponse<Guid>>()).Value;
        await ledger.Told("xếp lịch làm việc", (People.MemberA, "Lịch làm việc với Sở Lao động"), (SecondMember, "Lịch làm việc với Sở Lao động"),
            (People.AgencyA, "14:00 ngày 24/06/2024"));

        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/activities/{activityId}/postponement",
            new { newDate = "2024-06-25", newTime = "08:00", reason = "Trùng kỳ họp" }, 204);
        await ledger.Told("hoãn buổi làm việc", (People.MemberA, "được dời sang 08:00 ngày 25/06/2024"), (SecondMember, "được dời sang"),
            (People.AgencyA, "được dời sang"));

        var agencyId = programme.Agencies[0].Id;
        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/agency-reports/{agencyId}",
            new { receivedOn = "2024-06-13", documentNumber = "152/BC-SLĐTBXH", summary = "Báo cáo kết quả", dateReason = ProgrammeStory.Entered }, 204);
        await ledger.Told("nhận báo cáo của cơ quan", (People.AgencyA, "đã nhận báo cáo số 152/BC-SLĐTBXH"));

        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/findings", new
        {
            activityId, authorId = People.MemberA.Id, kind = "Proposal", agencyId, text = "Tăng cường tập huấn cán bộ bảo trợ xã hội ở cơ sở",
        }, 201);
        programme = await Programme(id);
        await Host.SendAs(secretariat, HttpMethod.Put, $"/api/programmes/{id}/activities/{activityId}/minutes", ProgrammeStory.Minutes(programme) with
        {
            ActivityId = activityId,
        }, 204);
        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/fieldwork-end", new { endedOn = "2024-06-25", dateReason = ProgrammeStory.Entered }, 204);
        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/report", null, 204);
        programme = await Programme(id);
        var draft = programme.Recommendations.Single();
        await Host.SendAs(secretariat, HttpMethod.Put, $"/api/programmes/{id}/report/recommendations/{draft.Id}",
            new { agencyId, text = draft.Text, dueDate = "2024-12-31", findingIds = draft.FindingIds }, 204);
        await ledger.Told("ghi ý kiến, biên bản, lập dự thảo");

        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/report/circulation", new { note = "Xin ý kiến trước thứ Sáu" }, 204);
        await ledger.Told("gửi dự thảo xin ý kiến", (People.MemberA, "đang xin ý kiến thành viên Đoàn"), (SecondMember, "đang xin ý kiến thành viên Đoàn"));

        var commentId = (await (await Host.SendAs(SecondMember, HttpMethod.Post, $"/api/programmes/{id}/report/comments",
            new { section = "Results", text = "Cần nêu số đối tượng được chi trả" }, 201)).Read<CreationResponse<Guid>>()).Value;
        await ledger.Told("thành viên góp ý", (People.SecretariatA, "góp ý phần “II. Kết quả đạt được”"), (People.AdminA, "góp ý phần “II. Kết quả đạt được”"));

        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/report/comments/{commentId}/answer",
            new { outcome = "Answered", reply = "Đã bổ sung 41.172 đối tượng" }, 204);
        await ledger.Told("trả lời góp ý", (SecondMember, "đã được trả lời"));

        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/report/submission", new { }, 204);
        await ledger.Told("trình Trưởng đoàn duyệt", (People.MemberA, "chờ Trưởng đoàn duyệt"));

        await Host.SendAs(People.MemberA, HttpMethod.Post, $"/api/programmes/{id}/report/head-approval", null, 204);
        await ledger.Told("Trưởng đoàn duyệt", (People.SecretariatA, "Trưởng đoàn đã duyệt"), (People.AdminA, "Trưởng đoàn đã duyệt"),
            (SecondMember, "Trưởng đoàn đã duyệt"));

        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/conclusion",
            new { number = "120/TB-HĐND", issuedOn = "2024-07-05", dateReason = ProgrammeStory.Entered, remarks = "Kết luận của Trưởng đoàn" }, 204);
        await ledger.Told("ban hành kết luận", (People.AgencyA, "Kiến nghị mới KN-2024-001-01 gửi Sở Lao động - Thương binh và Xã hội, hạn 31/12/2024"));
        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/follow-up", null, 204);
        await ledger.Told("bắt đầu theo dõi");

        var url = $"/api/recommendations/{draft.Id}";
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/acknowledgement", new { note = "Đã giao phòng Bảo trợ xã hội" }, 204);
        await ledger.Told("cơ quan xác nhận", [.. staff.Select(person => (person, "xác nhận đã nhận kiến nghị KN-2024-001-01"))]);

        await Form(People.AgencyA, $"{url}/progress", ("text", "Đã tập huấn 3 huyện"), ("file:tap-huan.pdf", "%PDF tập huấn"u8.ToArray()));
        await ledger.Told("cơ quan báo cáo tiến độ", [.. staff.Select(person => (person, "báo cáo tiến độ thực hiện kiến nghị KN-2024-001-01"))]);

        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/extension-request", new { proposedDueDate = "2025-03-31", reason = "Chờ kinh phí" }, 204);
        await ledger.Told("cơ quan đề nghị gia hạn", [.. staff.Select(person => (person, "đề nghị gia hạn kiến nghị KN-2024-001-01 đến 31/03/2025"))]);

        await Host.SendAs(secretariat, HttpMethod.Post, $"{url}/extension-decision", new { approve = true }, 204);
        await ledger.Told("đồng ý gia hạn", (People.AgencyA, "được gia hạn đến 31/03/2025"));

        await Form(People.AgencyA, $"{url}/completion", ("text", "Đã tập huấn mọi huyện"), ("file:bao-cao.pdf", "%PDF báo cáo"u8.ToArray()));
        await ledger.Told("cơ quan báo đã xong", [.. staff.Select(person => (person, "báo cáo đã thực hiện xong kiến nghị KN-2024-001-01: cần xác minh"))]);

        await Host.SendAs(secretariat, HttpMethod.Post, $"{url}/verification", new { verdict = "NotSatisfactory", remarks = "Thiếu danh sách học viên" }, 204);
        await ledger.Told("xác minh chưa đạt", (People.AgencyA, "chưa đạt: hãy tiếp tục thực hiện"));

        await Form(People.AgencyA, $"{url}/completion", ("text", "Bổ sung danh sách học viên"), ("file:danh-sach.pdf", "%PDF danh sách"u8.ToArray()));
        await ledger.Told("cơ quan báo lại", [.. staff.Select(person => (person, "báo cáo đã thực hiện xong kiến nghị KN-2024-001-01"))]);

        await Host.SendAs(secretariat, HttpMethod.Post, $"{url}/verification", new { verdict = "Resolved" }, 204);
        await ledger.Told("xác minh đã giải quyết", (People.AgencyA, "Kiến nghị KN-2024-001-01 được xác minh: đã giải quyết."));

        await Host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/publication", null, 204);
        await ledger.Told("công khai kết luận", (People.AgencyA, "đã được công khai"), (People.MemberA, "đã được công khai"), (SecondMember, "đã được công khai"));

        // The viewer, who is asked nothing, and everyone's own actions: nothing. Every event replayed: nothing new.
        ledger.NobodyTwice();
        var daemon = Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RewindSubscriptionAsync(NotificationsFeature.Subscription, CancellationToken.None, sequenceFloor: 0);
        await ledger.Told("toàn bộ sự kiện được đọc lại");
        ledger.NobodyTwice();

        // The inbox through the API, the unread count, one read, then all read.
        var inbox = await Host.GetJson<List<Notification>>("/api/inbox", People.AgencyA);
        inbox.Count.ShouldBe(9);
        inbox[0].Text.ShouldContain("đã được công khai");
        (await Host.GetJson<UnreadCount>("/api/inbox/unread", People.AgencyA)).Count.ShouldBe(9);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"/api/inbox/{inbox[0].Id}/read", null, 204);
        (await Host.GetJson<UnreadCount>("/api/inbox/unread", People.AgencyA)).Count.ShouldBe(8);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/inbox/{inbox[1].Id}/read", null, 404);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, "/api/inbox/read", null, 204);
        (await Host.GetJson<UnreadCount>("/api/inbox/unread", People.AgencyA)).Count.ShouldBe(0);
        (await Host.GetJson<UnreadCount>("/api/inbox/unread", People.SecretariatA)).Count.ShouldBe(7);
    }

    [Fact]
    public async Task A_person_who_takes_a_daily_digest_gets_one_e_mail_of_the_days_notifications_when_its_scheduled_message_comes()
    {
        var ledger = await Ledger.Start(Fixture, "digest", [People.AgencyA, People.SecretariatA]);
        (await Host.GetJson<EmailChoice>("/api/account/notifications", People.AgencyA)).Email.ShouldBe(EmailDelivery.Immediately);
        await Host.SendAs(People.AgencyA, HttpMethod.Put, "/api/account/notifications", new { email = "Bogus" }, 400);
        await Host.SendAs(People.AgencyA, HttpMethod.Put, "/api/account/notifications", new { }, 400);
        await Host.SendAs(People.AgencyA, HttpMethod.Put, "/api/account/notifications", new { email = "DailyDigest" }, 204);
        var choice = await Host.GetJson<EmailChoice>("/api/account/notifications", People.AgencyA);
        choice.ShouldSatisfyAllConditions(c => c.Email.ShouldBe(EmailDelivery.DailyDigest), c => c.EmailLabel.ShouldBe("Gửi một thư tổng hợp mỗi ngày"),
            c => c.DigestAt.ShouldBe("16:30"));

        // The plan asks the agency for its report, a session is set with it, a recommendation is sent to it: three notifications, no e-mail yet.
        await World.Plan(Host, People.SecretariatA, member: null, "Giám sát thử thư tổng hợp");
        await Fixture.EventsRead();
        List<Notification> told;
        await using (var session = CouncilA())
        {
            told = [.. (await session.Query<Notification>().Where(notification => notification.AccountId == People.AgencyA.Id).ToListAsync())
                .OrderBy(notification => notification.CreatedAt)];
        }

        told.Count.ShouldBe(3);
        var settings = new NotificationSettings();
        var (day, at) = Digests.Next(told[0].CreatedAt, settings);
        told.ShouldAllBe(notification => notification.DigestOn == day);
        at.Offset.ShouldBe(TimeSpan.FromHours(7));
        at.TimeOfDay.ShouldBe(new TimeSpan(16, 30, 0));

        // One scheduled message for the day, however many notifications it carries, at the digest hour.
        var scheduled = (await Host.Services.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>().Storage.Admin.AllIncomingAsync())
            .Where(envelope => envelope.MessageType?.Contains(nameof(SendDigest)) == true && envelope.Status.ToString() == "Scheduled")
            .ToList();
        scheduled.Single().ScheduledTime.ShouldBe(at);
        ledger.MailsTo(People.AgencyA).ShouldBeEmpty();

        // Its time comes (the scheduled message, run now): one e-mail listing all three; the same message again sends nothing.
        await Deliver(new SendDigest(People.AgencyA.Id, day));
        await Fixture.Mail.WaitFor(_ => ledger.MailsTo(People.AgencyA).Count == 1, TimeSpan.FromSeconds(30));
        var (subject, body) = ledger.MailsTo(People.AgencyA).Single();
        subject.ShouldBe($"Tổng hợp 3 thông báo ngày {Oversight.Common.VietnamTime.Format(day)} – Giám sát HĐND");
        told.ShouldAllBe(notification => body.Contains(notification.Text));
        body.ShouldContain("/thong-bao");
        await Deliver(new SendDigest(People.AgencyA.Id, day));
        await Deliver(new SendDigest(People.AgencyA.Id, day.AddDays(1)));
        await using (var session = CouncilA())
        {
            (await session.LoadAsync<Digest>(Digests.IdOf(People.AgencyA.Id, day)))!.SentAt.ShouldNotBeNull();
        }

        ledger.MailsTo(People.AgencyA).Count.ShouldBe(1);
    }

    Task Deliver(SendDigest digest) =>
        Host.ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context => context.InvokeForTenantAsync(People.CouncilA, digest)));

    async Task<Programme> Programme(Guid id) => (await Host.GetJson<ProgrammeView>($"/api/programmes/{id}", People.SecretariatA)).Programme;

    Task<IScenarioResult> Form(Person person, string url, params (string Name, object Value)[] fields) => Host.Scenario(scenario =>
    {
        scenario.As(person);
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith("file:"))
            {
                form.Add(new ByteArrayContent((byte[])value), "files", name["file:".Length..]);
            }
            else
            {
                form.Add(new StringContent((string)value), name);
            }
        }

        scenario.Post.MultipartFormData(form).ToUrl(url);
        scenario.StatusCodeShouldBe(204);
    });

    /// <summary>
    /// The people of a test, each with an address of the test's own (so that nothing another test sent can be taken for theirs), and
    /// what they had been told so far.
    /// </summary>
    sealed class Ledger
    {
        readonly AppFixture fixture;
        readonly Dictionary<Guid, (Person Person, string Email)> people;
        readonly HashSet<Guid> seen = [];
        readonly List<(string To, string Subject)> mailed = [];

        Ledger(AppFixture fixture, Dictionary<Guid, (Person, string)> people)
        {
            this.fixture = fixture;
            this.people = people;
        }

        public static async Task<Ledger> Start(AppFixture fixture, string test, IReadOnlyList<Person> people)
        {
            var addresses = new Dictionary<Guid, (Person, string)>();
            await using var session = fixture.Store.LightweightSession();
            foreach (var person in people.Where(person => !People.All.Contains(person)))
            {
                People.Add(session, person, DateTimeOffset.UtcNow);
            }

            await session.SaveChangesAsync();
            foreach (var person in people)
            {
                var account = (await session.LoadAsync<Account>(person.Id))!;
                account.Email = $"{person.UserName}.{test}.{Guid.NewGuid():N}@example.gov.vn";
                session.Store(account);
                addresses[person.Id] = (person, account.Email);
            }

            await session.SaveChangesAsync();
            return new Ledger(fixture, addresses);
        }

        /// <summary>Once the subscription has read every event: exactly these people have one new notification each, and one e-mail of it.</summary>
        public async Task Told(string step, params (Person Person, string Says)[] expected)
        {
            await fixture.EventsRead();
            List<Notification> fresh;
            await using (var session = fixture.Store.QuerySession(People.CouncilA))
            {
                fresh = [.. (await session.Query<Notification>().ToListAsync()).Where(notification => !seen.Contains(notification.Id))];
            }

            fresh.Select(notification => people[notification.AccountId].Person.UserName).Order()
                .ShouldBe(expected.Select(told => told.Person.UserName).Order(), $"{step}: {string.Join(" | ", fresh.Select(notification => notification.Text))}");
            foreach (var (person, says) in expected)
            {
                fresh.Single(notification => notification.AccountId == person.Id).Text.ShouldContain(says, Case.Sensitive, step);
            }

            await fixture.Mail.WaitFor(_ => fresh.All(notification => Mails().Contains((people[notification.AccountId].Email, notification.Text))),
                TimeSpan.FromSeconds(30));
            seen.UnionWith(fresh.Select(notification => notification.Id));
            mailed.AddRange(fresh.Select(notification => (people[notification.AccountId].Email, notification.Text)));
        }

        /// <summary>Exactly one e-mail came of each notification, none twice.</summary>
        public void NobodyTwice() =>
            Mails().Where(mail => people.Values.Any(person => person.Email == mail.To)).Order().ShouldBe(mailed.Order());

        /// <summary>The e-mails the person received at the test's address: subject and text.</summary>
        public List<(string Subject, string Body)> MailsTo(Person person) =>
        [
            .. fixture.Mail.Received.Where(mail => mail.To == people[person.Id].Email).Select(mail =>
            {
                var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
                return (message.Subject ?? "", message.TextBody ?? "");
            }),
        ];

        List<(string To, string Subject)> Mails() =>
        [
            .. fixture.Mail.Received.Select(mail =>
            {
                var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
                return (mail.To, message.Subject ?? "");
            }),
        ];
    }
}
