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

Console.WriteLine($"Templates written to {Path.GetFullPath(folder)}");
