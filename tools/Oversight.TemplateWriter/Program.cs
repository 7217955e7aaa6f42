using Oversight.TemplateWriter;

// Writes the default templates into the folder given (the repository's templates/).
var folder = args.FirstOrDefault() ?? "templates";
Directory.CreateDirectory(folder);

OfficialLayout.Write(Path.Combine(folder, "bao-cao-ket-qua-giam-sat.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
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
    .Table([1900, 5600, 1800], ["Mã", "Nội dung kiến nghị", "Thời hạn"],
        ["{{ for item in group.items }}{{ item.code }}", "{{ item.text }}{{ if item.co_agencies.size > 0 }} (phối hợp: {{ item.co_agencies | array.join ', ' }}){{ end }}", "{{ date_short item.due_date }}{{ end }}"])
    .Tag("{{ end }}")
    .Text("Trên đây là báo cáo kết quả giám sát của Đoàn giám sát./.")
    .Signature(
        ["- Thường trực HĐND;", "{{ for recipient in recipients }}", "- {{ recipient }};", "{{ end }}", "- Lưu: VT, hồ sơ giám sát."],
        "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "{{ delegation.head }}"));

OfficialLayout.Write(Path.Combine(folder, "ke-hoach-giam-sat.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
    .Title("KẾ HOẠCH", "{{ programme.title }}")
    .Tag("{{ for basis in programme.legal_bases }}")
    .Text("Căn cứ {{ basis }};")
    .Tag("{{ end }}")
    .Text("Căn cứ Quyết định số {{ delegation.decision_number }} {{ date_long delegation.decision_date }} thành lập Đoàn giám sát,")
    .Text("Đoàn giám sát ban hành Kế hoạch giám sát như sau:")
    .Heading1("I. MỤC ĐÍCH, YÊU CẦU")
    .Lines("plan.purpose")
    .Heading1("II. NỘI DUNG GIÁM SÁT")
    .Lines("plan.contents")
    .Text("Thời kỳ giám sát: {{ programme.period_under_review }}.")
    .Heading1("III. ĐỐI TƯỢNG, PHẠM VI GIÁM SÁT")
    .Tag("{{ for agency in programme.agencies }}")
    .Text("- {{ agency }};")
    .Tag("{{ end }}")
    .Heading1("IV. PHƯƠNG THỨC GIÁM SÁT")
    .Text("Giám sát {{ plan.methods }}.")
    .Heading1("V. THÀNH PHẦN ĐOÀN, THỜI GIAN VÀ LỊCH LÀM VIỆC")
    .Heading1("1. Thành phần Đoàn giám sát")
    .Tag("{{ for member in delegation.members }}")
    .Text("- {{ member.name }}{{ if member.position }}, {{ member.position }}{{ end }}: {{ member.role }};")
    .Tag("{{ end }}")
    .Heading1("2. Lịch làm việc")
    .Table([1700, 1000, 3400, 3200], ["Ngày", "Giờ", "Nội dung", "Địa điểm"],
        ["{{ for activity in activities }}{{ date_short activity.date }}", "{{ activity.time }}", "{{ activity.kind }} với {{ activity.agency }}", "{{ activity.place }}{{ end }}"])
    .Heading1("VI. TỔ CHỨC THỰC HIỆN")
    .Text("Đề nghị các cơ quan chịu giám sát báo cáo bằng văn bản theo đề cương kèm theo và gửi Đoàn giám sát theo thời hạn sau:")
    .Table([5800, 3500], ["Cơ quan", "Hạn gửi báo cáo"],
        ["{{ for deadline in plan.report_deadlines }}{{ deadline.agency }}", "{{ date_short deadline.deadline }}{{ end }}"])
    .Heading1("ĐỀ CƯƠNG BÁO CÁO")
    .Tag("{{ for section in plan.outline }}")
    .Text("{{ roman (for.index + 1) }}. {{ section }}")
    .Tag("{{ end }}")
    .Signature(
        ["- Thường trực HĐND;", "- Thành viên Đoàn giám sát;", "{{ for recipient in recipients }}", "- {{ recipient }};", "{{ end }}", "- Lưu: VT, hồ sơ giám sát."],
        "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "{{ delegation.head }}"));

OfficialLayout.Write(Path.Combine(folder, "bien-ban-lam-viec.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
    .Title("BIÊN BẢN", "{{ session.kind }} của Đoàn giám sát với {{ session.agency }}")
    .Text("Thời gian: {{ session.time }} {{ date_long session.date }}. Địa điểm: {{ session.place }}.")
    .Heading1("I. THÀNH PHẦN")
    .Text("1. Đoàn giám sát:")
    .Tag("{{ for member in session.members }}")
    .Text("- {{ member }};")
    .Tag("{{ end }}")
    .Text("2. {{ session.agency }}: {{ session.agency_attendees }}.")
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
    .Text("Biên bản được lập và thông qua tại buổi làm việc./.")
    .Signature(["- Thường trực HĐND;", "- {{ session.agency }};", "- Lưu: VT, hồ sơ giám sát."], "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "{{ delegation.head }}"));

OfficialLayout.Write(Path.Combine(folder, "thong-bao-ket-luan.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
    .Title("THÔNG BÁO", "Kết luận của Trưởng đoàn giám sát về {{ lower_first programme.title }}")
    .Lines("conclusion.remarks")
    .Text("Đoàn giám sát đề nghị các cơ quan thực hiện các kiến nghị sau:")
    .Tag("{{ for group in recommendation_groups }}")
    .Heading1("{{ for.index + 1 }}. Đối với {{ group.agency }}")
    .Tag("{{ for item in group.items }}")
    .Text("- {{ item.text }} (mã {{ item.code }}, thời hạn {{ date_short item.due_date }}).")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Text("Đề nghị các cơ quan báo cáo kết quả thực hiện về Thường trực HĐND đúng thời hạn./.")
    .Signature(
        ["- Thường trực HĐND;", "{{ for recipient in recipients }}", "- {{ recipient }};", "{{ end }}", "- Lưu: VT, hồ sơ giám sát."],
        "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "{{ delegation.head }}"));

OfficialLayout.Write(Path.Combine(folder, "quyet-dinh-thanh-lap-doan.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "THƯỜNG TRỰC HĐND", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
    .Title("QUYẾT ĐỊNH", "Thành lập Đoàn {{ lower_first programme.title }}")
    .Centered("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN")
    .Tag("{{ for basis in programme.legal_bases }}")
    .Text("Căn cứ {{ basis }};")
    .Tag("{{ end }}")
    .Centered("QUYẾT ĐỊNH:")
    .Text("Điều 1. Thành lập Đoàn {{ lower_first programme.title }}, gồm các thành viên:")
    .Tag("{{ for member in delegation.members }}")
    .Text("{{ for.index + 1 }}. {{ member.name }}{{ if member.position }}, {{ member.position }}{{ end }}: {{ member.role }}.")
    .Tag("{{ end }}")
    .Text("Điều 2. Đoàn giám sát có nhiệm vụ xây dựng kế hoạch, đề cương báo cáo, tổ chức giám sát tại: {{ programme.agencies | array.join '; ' }}; thời kỳ giám sát {{ programme.period_under_review }}; báo cáo kết quả giám sát theo quy định.")
    .Text("Điều 3. Các thành viên Đoàn giám sát, các cơ quan chịu giám sát và cơ quan, tổ chức có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    .Signature(["- Như Điều 3;", "- Lưu: VT, hồ sơ giám sát."], "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", ""));

OfficialLayout.Write(Path.Combine(folder, "de-cuong-bao-cao.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "", "{{ place }}, {{ date_long date }}")
    .Title("ĐỀ CƯƠNG", "Báo cáo phục vụ {{ lower_first programme.title }}")
    .Text("(Kèm theo Kế hoạch giám sát; thời kỳ báo cáo: {{ programme.period_under_review }})")
    .Tag("{{ for section in plan.outline }}")
    .Heading1("{{ roman (for.index + 1) }}. {{ upper section }}")
    .Tag("{{ end }}")
    .Text("Báo cáo gửi Đoàn giám sát theo thời hạn:")
    .Table([5800, 3500], ["Cơ quan", "Hạn gửi báo cáo"],
        ["{{ for deadline in plan.report_deadlines }}{{ deadline.agency }}", "{{ date_short deadline.deadline }}{{ end }}"])
    .Signature(["- Các cơ quan chịu giám sát;", "- Lưu: VT, hồ sơ giám sát."], "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "{{ delegation.head }}"));

OfficialLayout.Write(Path.Combine(folder, "thong-bao-lich-lam-viec.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
    .Title("THÔNG BÁO", "Lịch làm việc của Đoàn {{ lower_first programme.title }}")
    .Text("Thực hiện Kế hoạch giám sát, Đoàn giám sát thông báo lịch làm việc và thành phần Đoàn như sau:")
    .Table([1700, 1000, 3400, 3200], ["Ngày", "Giờ", "Nội dung", "Địa điểm"],
        ["{{ for activity in activities }}{{ date_short activity.date }}", "{{ activity.time }}", "{{ activity.kind }} với {{ activity.agency }}", "{{ activity.place }}{{ end }}"])
    .Heading1("Thành phần Đoàn giám sát")
    .Tag("{{ for member in delegation.members }}")
    .Text("- {{ member.name }}{{ if member.position }}, {{ member.position }}{{ end }}: {{ member.role }};")
    .Tag("{{ end }}")
    .Text("Đề nghị các cơ quan chuẩn bị báo cáo, bố trí thành phần làm việc và địa điểm theo lịch trên./.")
    .Signature(["{{ for recipient in recipients }}", "- {{ recipient }};", "{{ end }}", "- Thành viên Đoàn giám sát;", "- Lưu: VT, hồ sơ giám sát."],
        "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "{{ delegation.head }}"));

OfficialLayout.Write(Path.Combine(folder, "du-thao-nghi-quyet.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "", "Số:      /NQ-HĐND", "{{ place }}, ngày      tháng      năm {{ programme.year }}")
    .Title("NGHỊ QUYẾT (DỰ THẢO)", "Về kết quả {{ lower_first programme.title }}")
    .Centered("HỘI ĐỒNG NHÂN DÂN")
    .Tag("{{ for basis in programme.legal_bases }}")
    .Text("Căn cứ {{ basis }};")
    .Tag("{{ end }}")
    .Text("Xét Báo cáo kết quả giám sát của Đoàn giám sát;")
    .Centered("QUYẾT NGHỊ:")
    .Text("Điều 1. Đánh giá kết quả đạt được")
    .Lines("report.results")
    .Text("Điều 2. Tồn tại, hạn chế và nguyên nhân")
    .Lines("report.shortcomings")
    .Lines("report.causes")
    .Text("Điều 3. Nhiệm vụ, giải pháp và thời hạn thực hiện")
    .Tag("{{ for group in recommendation_groups }}")
    .Text("{{ for.index + 1 }}. {{ group.agency }}:")
    .Tag("{{ for item in group.items }}")
    .Text("- {{ item.text }} (hoàn thành trước ngày {{ date_short item.due_date }}).")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Text("Điều 4. Tổ chức thực hiện: các cơ quan nêu tại Điều 3 báo cáo kết quả thực hiện Nghị quyết; Thường trực HĐND, các Ban và đại biểu HĐND giám sát việc thực hiện Nghị quyết./.")
    .Signature(["- Như Điều 4;", "- Lưu: VT."], "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", ""));

OfficialLayout.Write(Path.Combine(folder, "bao-cao-tinh-hinh-thuc-hien-kien-nghi.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "{{ upper issuer.name }}", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}")
    .Title("BÁO CÁO", "Tình hình thực hiện kiến nghị sau {{ lower_first programme.title }}")
    .Text("Kết luận giám sát số {{ conclusion.number }} {{ date_long conclusion.issued_on }} đã kiến nghị các cơ quan như sau; tình hình thực hiện đến {{ date_long date }}:")
    .Table([1700, 3000, 3000, 1600], ["Mã", "Cơ quan thực hiện", "Nội dung kiến nghị", "Thời hạn"],
        ["{{ for group in recommendation_groups }}{{ for item in group.items }}{{ item.code }}", "{{ group.agency }}", "{{ item.text }}", "{{ date_short item.due_date }}{{ end }}{{ end }}"])
    .Signature(["- Thường trực HĐND;", "- Lưu: VT, hồ sơ giám sát."], "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "{{ delegation.head }}"));

OfficialLayout.Write(Path.Combine(folder, "van-ban-don-doc.docx"), document => document
    .Heading("{{ upper issuer.parent }}", "THƯỜNG TRỰC HĐND", "Số: {{ document_number }}", "{{ place }}, {{ date_long date }}",
        "V/v đôn đốc thực hiện kiến nghị sau giám sát")
    .Tag("{{ for group in recommendation_groups }}")
    .Centered("Kính gửi: {{ group.agency }}")
    .Tag("{{ end }}")
    .Text("Thực hiện Kết luận giám sát số {{ conclusion.number }} {{ date_long conclusion.issued_on }} về {{ lower_first programme.title }}, Thường trực HĐND đề nghị các cơ quan khẩn trương thực hiện và báo cáo kết quả thực hiện các kiến nghị sau:")
    .Tag("{{ for group in recommendation_groups }}")
    .Heading1("{{ for.index + 1 }}. {{ group.agency }}")
    .Tag("{{ for item in group.items }}")
    .Text("- {{ item.text }} (mã {{ item.code }}, thời hạn {{ date_short item.due_date }});")
    .Tag("{{ end }}")
    .Tag("{{ end }}")
    .Text("Báo cáo kết quả thực hiện, kèm tài liệu minh chứng, gửi về Thường trực HĐND để theo dõi, tổng hợp./.")
    .Signature(["- Như trên;", "- Thành viên Đoàn giám sát;", "- Lưu: VT, hồ sơ giám sát."], "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH", ""));

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
