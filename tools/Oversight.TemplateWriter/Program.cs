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

Console.WriteLine($"Templates written to {Path.GetFullPath(folder)}");
