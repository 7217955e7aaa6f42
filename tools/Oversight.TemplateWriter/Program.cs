using Oversight.TemplateWriter;

// Writes the default templates into the folder given (the repository's templates/). Who issues and signs each
// document, and the law it cites, come from the data (ProgrammeDocuments): the templates only lay them out.
var folder = args.FirstOrDefault() ?? "templates";
Directory.CreateDirectory(folder);

const string Place = "{{ place }}, {{ date_nd30 date }}";
const string Number = "Số: {{ document_number }}";
const string Lưu = "- Lưu: VT, hồ sơ giám sát.";
string[] reportsTo = ["{{ for body in issuer.reports_to }}", "- {{ body }};", "{{ end }}"];
string[] agencies = ["{{ for recipient in recipients }}", "- {{ recipient }};", "{{ end }}"];
string[] activityRow = ["{{ for activity in activities }}{{ date_short activity.date }}", "{{ if activity.time }}{{ time_long activity.time }}{{ end }}",
    "{{ activity.kind }} với {{ activity.agency }}", "{{ activity.place }}{{ end }}"];
string[] deadlineRow = ["{{ for deadline in plan.report_deadlines }}{{ deadline.agency }}", "{{ date_short deadline.deadline }}{{ end }}"];

static OfficialLayout Heading(OfficialLayout document, string? subject = null) =>
    document.Heading("{{ upper issuer.parent }}", "{{ upper issuer.heading }}", Number, Place, subject, parentIf: "issuer.parent != \"\"");

// Members of the delegation, then those invited to take part, each on a line ending ";" and the last ".".
static OfficialLayout Members(OfficialLayout document, string numbering) => document
    .Tag("{{ for member in delegation.members }}")
    .Text(numbering + "{{ member.designation }} – {{ member.role }}{{ if for.last && delegation.invited.size == 0 }}.{{ else }};{{ end }}")
    .Tag("{{ end }}")
    .Tag("{{ if delegation.invited.size > 0 }}")
    .Intro("Mời tham gia Đoàn giám sát:")
    .Tag("{{ for guest in delegation.invited }}")
    .Text("- {{ guest.designation }}{{ if for.last }}.{{ else }};{{ end }}")
    .Tag("{{ end }}")
    .Tag("{{ end }}");

OfficialLayout.Write(Path.Combine(folder, "quyet-dinh-thanh-lap-doan.docx"), document => Members(Heading(document)
    .Title("{{ document.type }}", "Thành lập Đoàn {{ lower_first programme.title }}")
    .Centered("{{ upper issuer.full_name }}")
    .Tag("{{ if document.type == \"NGHỊ QUYẾT\" }}")
    .Centered("KHÓA {{ council.term }}, KỲ HỌP THỨ {{ council.session }}")
    .Tag("{{ end }}")
    .Tag("{{ for basis in programme.legal_bases }}")
    .Basis("Căn cứ {{ basis }}{{ if for.last }}.{{ else }};{{ end }}")
    .Tag("{{ end }}")
    .Centered("{{ document.verb }}")
    .Article("Điều 1.", "Thành lập Đoàn {{ lower_first programme.title }} (sau đây gọi là Đoàn giám sát), gồm:"), "{{ for.index + 1 }}. ")
    .Article("Điều 2.", "Đoàn giám sát có nhiệm vụ xây dựng kế hoạch, đề cương báo cáo; tổ chức giám sát đối với {{ programme.agencies | array.join \", \" }}"
        + "{{ if programme.period_under_review }}, thời kỳ giám sát {{ programme.period_under_review }}{{ end }}; báo cáo kết quả giám sát với {{ programme.overseer }}. "
        + "Đoàn giám sát tự giải thể sau khi hoàn thành nhiệm vụ.")
    .Article("Điều 3.", "{{ if document.type == \"NGHỊ QUYẾT\" }}Thường trực Hội đồng nhân dân, các thành viên Đoàn giám sát và {{ programme.agencies | array.join \", \" }} "
        + "chịu trách nhiệm thi hành Nghị quyết này. Nghị quyết này đã được Hội đồng nhân dân {{ council.locality }} khóa {{ council.term }}, kỳ họp thứ {{ council.session }} "
        + "thông qua và có hiệu lực từ ngày thông qua./.{{ else }}Quyết định này có hiệu lực từ ngày ký. Các thành viên Đoàn giám sát, "
        + "{{ programme.agencies | array.join \", \" }} và các cơ quan, tổ chức có liên quan chịu trách nhiệm thi hành Quyết định này./.{{ end }}")
    .Signature(["- Như Điều 3;", .. reportsTo, Lưu]));

OfficialLayout.Write(Path.Combine(folder, "ke-hoach-giam-sat.docx"), document => Members(Heading(document)
    .Title("KẾ HOẠCH", "{{ programme.title }}")
    .Tag("{{ for basis in programme.legal_bases }}")
    .Basis("Căn cứ {{ basis }};")
    .Tag("{{ end }}")
    .Basis("Căn cứ {{ delegation.decision }} về việc thành lập Đoàn giám sát.")
    .Intro("Đoàn giám sát ban hành Kế hoạch giám sát như sau:")
    .Heading1("I. MỤC ĐÍCH, YÊU CẦU")
    .Heading1("1. Mục đích")
    .Lines("plan.purpose")
    .Heading1("2. Yêu cầu")
    .Text("- Việc giám sát bảo đảm đúng quy định của pháp luật, khách quan, công khai, dân chủ, hiệu quả; không làm cản trở hoạt động bình thường của cơ quan chịu giám sát.")
    .Text("- Cơ quan chịu giám sát báo cáo đầy đủ, đúng đề cương và đúng thời hạn; cung cấp thông tin, tài liệu theo yêu cầu của Đoàn giám sát.")
    .Text("- Thành viên Đoàn giám sát tham gia đầy đủ các hoạt động của Đoàn; nhận xét, kiến nghị của Đoàn cụ thể, có căn cứ và khả thi.")
    .Heading1("II. NỘI DUNG GIÁM SÁT")
    .Lines("plan.contents")
    .Tag("{{ if programme.period_under_review }}")
    .Text("Thời kỳ giám sát: {{ programme.period_under_review }}.")
    .Tag("{{ end }}")
    .Heading1("III. ĐỐI TƯỢNG, PHẠM VI GIÁM SÁT")
    .Intro("1. Cơ quan chịu giám sát:")
    .Tag("{{ for agency in programme.agencies }}")
    .Text("- {{ agency }}{{ if for.last }}.{{ else }};{{ end }}")
    .Tag("{{ end }}")
    .Tag("{{ if programme.scope }}")
    .Text("2. Phạm vi giám sát: {{ programme.scope }}")
    .Tag("{{ end }}")
    .Heading1("IV. PHƯƠNG THỨC GIÁM SÁT")
    .Text("Giám sát {{ plan.methods }}.")
    .Heading1("V. THÀNH PHẦN ĐOÀN, THỜI GIAN VÀ LỊCH LÀM VIỆC")
    .Heading1("1. Thành phần Đoàn giám sát")
    .Intro("Theo {{ delegation.decision }}, gồm:"), "- ")
    .Heading1("2. Lịch làm việc")
    .Tag("{{ if activities.size > 0 }}")
    .Table([1500, 1300, 3400, 3100], ["Ngày", "Giờ", "Nội dung", "Địa điểm"], activityRow)
    .Tag("{{ else }}")
    .Text("Đoàn giám sát thông báo lịch làm việc cụ thể đến cơ quan chịu giám sát theo quy định.")
    .Tag("{{ end }}")
    .Heading1("VI. TỔ CHỨC THỰC HIỆN")
    .Intro("1. Cơ quan chịu giám sát báo cáo bằng văn bản theo Đề cương kèm theo Kế hoạch này, gửi Đoàn giám sát theo thời hạn sau:")
    .Table([5800, 3500], ["Cơ quan", "Hạn gửi báo cáo"], deadlineRow)
    .Text("2. Thành viên Đoàn giám sát nghiên cứu báo cáo, tài liệu; tham gia đầy đủ các buổi làm việc; gửi ý kiến về Thư ký Đoàn để tổng hợp.")
    .Text("3. Thư ký Đoàn giám sát giúp Trưởng đoàn chuẩn bị nội dung làm việc, tổng hợp ý kiến và dự thảo báo cáo kết quả giám sát.")
    .Closing("Trên đây là Kế hoạch {{ lower_first programme.title }} của Đoàn giám sát./.")
    .Signature([.. reportsTo, "- Thành viên Đoàn giám sát;", .. agencies, Lưu]));

OfficialLayout.Write(Path.Combine(folder, "de-cuong-bao-cao.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.heading }}", "", Place, parentIf: "issuer.parent != \"\"")
    .Title("ĐỀ CƯƠNG", "Báo cáo phục vụ {{ lower_first programme.title }}")
    .CenteredItalic("(Kèm theo Kế hoạch {{ if plan.number }}số {{ plan.number }} {{ end }}{{ date_nd30 plan.adopted_on }} của Đoàn giám sát)")
    .Tag("{{ if programme.period_under_review }}")
    .Text("Thời kỳ báo cáo: {{ programme.period_under_review }}.")
    .Tag("{{ end }}")
    .Tag("{{ for section in plan.sections }}")
    .Heading1("{{ roman (for.index + 1) }}. {{ upper section.title }}")
    .Tag("{{ for point in section.points }}")
    .Text("{{ for.index + 1 }}. {{ point }}")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Intro("Báo cáo có số liệu minh họa, do thủ trưởng cơ quan ký, gửi Đoàn giám sát theo thời hạn:")
    .Table([5800, 3500], ["Cơ quan", "Hạn gửi báo cáo"], deadlineRow)
    .Closing("Đề nghị cơ quan báo cáo đủ các nội dung của Đề cương, kèm tài liệu liên quan, và gửi đúng thời hạn./.")
    .Signature(["- Các cơ quan chịu giám sát;", .. reportsTo, Lưu]));

OfficialLayout.Write(Path.Combine(folder, "thong-bao-lich-lam-viec.docx"), document => Members(Heading(document)
    .Title("THÔNG BÁO", "Lịch làm việc của Đoàn {{ lower_first programme.title }}")
    .Text("Thực hiện Kế hoạch {{ if plan.number }}số {{ plan.number }} {{ end }}{{ date_nd30 plan.adopted_on }} của Đoàn giám sát, Đoàn giám sát thông báo lịch làm việc và thành phần Đoàn như sau:")
    .Heading1("1. Lịch làm việc")
    .Table([1500, 1300, 3400, 3100], ["Ngày", "Giờ", "Nội dung", "Địa điểm"], activityRow)
    .Heading1("2. Thành phần Đoàn giám sát"), "- ")
    .Closing("Đề nghị {{ programme.agencies | array.join \", \" }} chuẩn bị báo cáo, bố trí thành phần làm việc và địa điểm theo lịch trên./.")
    .Signature([.. agencies, "- Thành viên Đoàn giám sát;", .. reportsTo, Lưu]));

OfficialLayout.Write(Path.Combine(folder, "bien-ban-lam-viec.docx"), document => Heading(document)
    .Title("BIÊN BẢN", "{{ session.kind }} của Đoàn giám sát với {{ session.agency }}")
    .Text("Vào {{ if session.time }}lúc {{ time_long session.time }}, {{ end }}{{ date_nd30 session.date }}, tại {{ session.place }}, Đoàn "
        + "{{ lower_first programme.title }} {{ lower_first session.kind }} với {{ session.agency }}.")
    .Heading1("I. THÀNH PHẦN")
    .Intro("1. Đoàn giám sát:")
    .Tag("{{ for member in session.members }}")
    .Text("- {{ member }};")
    .Tag("{{ end }}")
    .Text("2. {{ session.agency }}: {{ session.agency_attendees }}{{ if session.agency_representative }}; ký biên bản: {{ session.agency_representative }}{{ end }}.")
    .Heading1("II. NỘI DUNG")
    .Heading1("1. Cơ quan báo cáo")
    .Lines("session.report_presented")
    .Heading1("2. Ý kiến của thành viên Đoàn giám sát")
    .Lines("session.questions")
    .Heading1("3. Giải trình, tiếp thu của cơ quan")
    .Lines("session.explanations")
    .Lines("session.acceptances")
    .Heading1("4. Kết luận của Trưởng đoàn")
    .Lines("session.concluding_remarks")
    .Closing("Buổi làm việc kết thúc vào lúc {{ if session.end_time }}{{ time_long session.end_time }}{{ else }}…… giờ ……{{ end }} cùng ngày.")
    .Closing("Biên bản đã được đọc lại cho những người dự buổi làm việc cùng nghe, nhất trí với nội dung và cùng ký tên dưới đây./.")
    .MinutesSignatures("ĐẠI DIỆN {{ upper session.agency }}", "{{ session.agency_representative }}", "{{ session.secretary }}", "{{ session.chair }}"));

OfficialLayout.Write(Path.Combine(folder, "bao-cao-ket-qua-giam-sat.docx"), document => Heading(document)
    .Title("BÁO CÁO", "Kết quả {{ lower_first programme.title }}")
    .Lines("report.overview")
    .Heading1("I. KẾT QUẢ ĐẠT ĐƯỢC")
    .Lines("report.results")
    .Heading1("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")
    .Heading1("1. Tồn tại, hạn chế")
    .Lines("report.shortcomings")
    .Heading1("2. Nguyên nhân")
    .Lines("report.causes")
    .Heading1("III. KIẾN NGHỊ")
    .Tag("{{ for group in recommendation_groups }}")
    .Heading1("{{ for.index + 1 }}. Đối với {{ group.agency }}")
    .Table([2400, 5250, 1700], ["Mã", "Nội dung kiến nghị", "Thời hạn"],
        ["{{ for item in group.items }}{{ item.code }}", "{{ item.text }}{{ if item.co_agencies.size > 0 }} (phối hợp: {{ item.co_agencies | array.join ', ' }}){{ end }}",
            "{{ date_short item.due_date }}{{ end }}"])
    .Tag("{{ end }}")
    .Closing("Trên đây là báo cáo kết quả {{ lower_first programme.title }} của Đoàn giám sát./.")
    .Signature([.. reportsTo, "- Thành viên Đoàn giám sát;", .. agencies, Lưu]));

OfficialLayout.Write(Path.Combine(folder, "thong-bao-ket-luan.docx"), document => Heading(document)
    .Title("THÔNG BÁO", "Kết luận của {{ issuer.short_name }} về kết quả {{ lower_first programme.title }}")
    .Text("Thực hiện {{ delegation.decision }}, Đoàn giám sát đã {{ lower_first programme.title }}"
        + "{{ if programme.period_under_review }} (thời kỳ {{ programme.period_under_review }}){{ end }}. Trên cơ sở kết quả giám sát và báo cáo của Đoàn giám sát, "
        + "{{ issuer.short_name }} kết luận như sau:")
    .Heading1("1. Kết quả giám sát")
    .Lines("conclusion.remarks")
    .Heading1("2. Kiến nghị")
    .Intro("{{ issuer.short_name }} đề nghị các cơ quan thực hiện các kiến nghị sau:")
    .Tag("{{ for group in recommendation_groups }}")
    .Heading1("{{ \"abcdđeghiklmnopqrstuvxy\" | string.slice for.index 1 }}) Đối với {{ group.agency }}")
    .Tag("{{ for item in group.items }}")
    .Text("- {{ item.text }} (mã {{ item.code }}; thời hạn: {{ date_short item.due_date }}).")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Closing("Đề nghị các cơ quan tổ chức thực hiện và báo cáo kết quả thực hiện các kiến nghị về {{ follow_up.body }} đúng thời hạn./.")
    .Signature([.. agencies, "- Thành viên Đoàn giám sát;", .. reportsTo, Lưu]));

OfficialLayout.Write(Path.Combine(folder, "du-thao-nghi-quyet.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.heading }}", Number, "{{ place }}, ngày      tháng      năm {{ programme.year }}", parentIf: "issuer.parent != \"\"")
    .Mark("DỰ THẢO")
    .Title("NGHỊ QUYẾT", "Về kết quả {{ lower_first programme.title }}")
    .Centered("{{ upper council.name }}")
    .Centered("KHÓA {{ council.term }}, KỲ HỌP THỨ {{ council.session }}")
    .Tag("{{ for basis in programme.legal_bases }}")
    .Basis("Căn cứ {{ basis }};")
    .Tag("{{ end }}")
    .Basis("Xét Báo cáo kết quả giám sát{{ if report.number }} số {{ report.number }}{{ end }} của Đoàn giám sát về {{ lower_first programme.title }}; "
        + "ý kiến thảo luận của đại biểu Hội đồng nhân dân {{ council.locality }} tại kỳ họp.")
    .Centered("QUYẾT NGHỊ:")
    .Heading1("Điều 1. Kết quả đạt được")
    .Lines("report.results")
    .Heading1("Điều 2. Tồn tại, hạn chế và nguyên nhân")
    .Heading1("1. Tồn tại, hạn chế")
    .Lines("report.shortcomings")
    .Heading1("2. Nguyên nhân")
    .Lines("report.causes")
    .Heading1("Điều 3. Nhiệm vụ, giải pháp và thời hạn thực hiện")
    .Tag("{{ for group in recommendation_groups }}")
    .Heading1("{{ for.index + 1 }}. {{ group.agency }}")
    .Tag("{{ for item in group.items }}")
    .Text("- {{ item.text }}; hoàn thành trước {{ date_nd30 item.due_date }}{{ if for.last }}.{{ else }};{{ end }}")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Heading1("Điều 4. Tổ chức thực hiện")
    .Text("1. Các cơ quan nêu tại Điều 3 tổ chức thực hiện và báo cáo kết quả thực hiện Nghị quyết này với {{ follow_up.body }}.")
    .Text("2. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân dân {{ council.locality }} giám sát việc thực hiện Nghị quyết này.")
    .Closing("Nghị quyết này đã được Hội đồng nhân dân {{ council.locality }} khóa {{ council.term }}, kỳ họp thứ {{ council.session }} thông qua ngày      tháng      năm "
        + "{{ programme.year }} và có hiệu lực từ ngày thông qua./.")
    .Signature(["- Như Điều 3;", "- Thường trực {{ council.short_name }}, các Ban của {{ council.short_name }};", "- Đại biểu {{ council.short_name }};", Lưu]));

OfficialLayout.Write(Path.Combine(folder, "van-ban-don-doc.docx"), document => Heading(document, "V/v đôn đốc thực hiện kiến nghị sau giám sát")
    .Centered("Kính gửi: {{ for group in follow_up.open_groups }}{{ group.agency }}{{ if !for.last }}; {{ end }}{{ end }}", bold: false)
    .Text("Thực hiện Thông báo kết luận số {{ conclusion.number }} {{ date_nd30 conclusion.issued_on }} về kết quả {{ lower_first programme.title }}, "
        + "{{ issuer.short_name }} đề nghị các cơ quan khẩn trương thực hiện và báo cáo kết quả thực hiện các kiến nghị sau:")
    .Tag("{{ for group in follow_up.open_groups }}")
    .Heading1("{{ for.index + 1 }}. {{ group.agency }}")
    .Tag("{{ for item in group.items }}")
    .Text("- {{ item.text }} (mã {{ item.code }}; thời hạn {{ date_short item.due_date }}{{ if item.days_overdue > 0 }}, đã quá hạn {{ item.days_overdue }} ngày{{ end }}).")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Closing("Đề nghị các cơ quan báo cáo kết quả thực hiện, kèm tài liệu minh chứng, gửi {{ issuer.short_name }} để theo dõi, tổng hợp./.")
    .Signature(["- Như trên;", "- Thành viên Đoàn giám sát;", Lưu]));

OfficialLayout.Write(Path.Combine(folder, "bao-cao-tinh-hinh-thuc-hien-kien-nghi.docx"), document => Heading(document)
    .Title("BÁO CÁO", "Tình hình thực hiện kiến nghị sau {{ lower_first programme.title }}")
    .Text("Thông báo kết luận số {{ conclusion.number }} {{ date_nd30 conclusion.issued_on }} đã kiến nghị các cơ quan {{ follow_up.total }} nội dung. "
        + "{{ issuer.short_name }} báo cáo tình hình thực hiện đến {{ date_nd30 date }} như sau:")
    .Heading1("I. KẾT QUẢ CHUNG")
    .Text("Tổng số kiến nghị: {{ follow_up.total }}; trong đó quá hạn: {{ follow_up.overdue }}.")
    .Tag("{{ for entry in follow_up.by_status }}")
    .Text("- {{ entry.status }}: {{ entry.count }} kiến nghị{{ if for.last }}.{{ else }};{{ end }}")
    .Tag("{{ end }}")
    .Heading1("II. TÌNH HÌNH THỰC HIỆN TỪNG KIẾN NGHỊ")
    .Table([2400, 3100, 1500, 2350], ["Mã", "Cơ quan, nội dung kiến nghị", "Thời hạn", "Tình hình thực hiện"],
        ["{{ for group in recommendation_groups }}{{ for item in group.items }}{{ item.code }}", "{{ group.agency }}: {{ item.text }}",
            "{{ date_short item.due_date }}{{ if item.days_overdue > 0 }} (quá hạn {{ item.days_overdue }} ngày){{ end }}",
            "{{ item.status }}{{ if item.latest_answer }}. Trả lời gần nhất: {{ item.latest_answer }}{{ end }}{{ end }}{{ end }}"])
    .Closing("{{ if follow_up.overdue > 0 }}{{ issuer.short_name }} tiếp tục đôn đốc các cơ quan thực hiện các kiến nghị quá hạn. {{ end }}"
        + "Trên đây là báo cáo tình hình thực hiện kiến nghị sau {{ lower_first programme.title }}./.")
    .Signature([.. reportsTo, .. agencies, Lưu]));

// The hearing's notices receive a hearing's data (Hearings/HearingDocuments.cs), checked with their own .sample.json.
OfficialLayout.Write(Path.Combine(folder, "thong-bao-moi-giai-trinh.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
    .Title("THÔNG BÁO", "Tổ chức phiên giải trình về {{ lower_first hearing.subject }}")
    .Text("{{ hearing.body }} tổ chức phiên giải trình về {{ lower_first hearing.subject }} (số {{ hearing.code }}) và mời người đứng đầu các cơ quan dưới đây đến giải trình.")
    .Heading1("1. Thời gian, địa điểm")
    .Text("Ngày {{ date_short hearing.scheduled_on }}{{ if hearing.place }}, tại {{ hearing.place }}{{ end }}.")
    .Heading1("2. Cơ quan được mời và nội dung cần chuẩn bị")
    .Tag("{{ for summons in summoned }}")
    .Text("{{ for.index + 1 }}. {{ summons.representative }} ({{ summons.agency }}); báo cáo giải trình gửi trước ngày {{ date_short summons.report_by }}, gồm các nội dung:")
    .Tag("{{ for question in summons.questions }}")
    .Text("- {{ question }};")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Text("Đề nghị các cơ quan chuẩn bị báo cáo đúng nội dung, gửi đúng hạn và cử người đứng đầu dự phiên giải trình./.")
    .Signature(["{{ for recipient in recipients }}", "- {{ recipient }};", "{{ end }}", "- Lưu: VT, hồ sơ giải trình."], "TM. {{ upper hearing.body }}", "", "{{ hearing.chair }}"));

OfficialLayout.Write(Path.Combine(folder, "thong-bao-ket-luan-giai-trinh.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
    .Title("THÔNG BÁO", "Kết luận phiên giải trình về {{ lower_first hearing.subject }}")
    .Text("Ngày {{ date_short hearing.held_on }}, {{ hearing.body }} tổ chức phiên giải trình{{ if hearing.chair }} do {{ hearing.chair }} chủ trì{{ end }}. Dự phiên có: {{ attended | array.join '; ' }}.")
    .Lines("conclusion.summary")
    .Text("Các cơ quan đã cam kết thực hiện những nội dung sau:")
    .Tag("{{ for group in commitment_groups }}")
    .Heading1("{{ for.index + 1 }}. {{ group.agency }}")
    .Tag("{{ for item in group.items }}")
    .Text("- {{ item.text }} (mã {{ item.code }}, thời hạn {{ date_short item.due_date }});")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Text("Đề nghị các cơ quan thực hiện đúng cam kết và báo cáo kết quả, kèm tài liệu minh chứng, về Thường trực HĐND đúng thời hạn./.")
    .Signature(["{{ for recipient in recipients }}", "- {{ recipient }};", "{{ end }}", "- Lưu: VT, hồ sơ giải trình."], "TM. {{ upper hearing.body }}", "", "{{ hearing.chair }}"));

Console.WriteLine($"Templates written to {Path.GetFullPath(folder)}");
