namespace Oversight.Scale;

/// <summary>Word pools the generated programmes are written from (invented wording, typical subjects).</summary>
public static class Texts
{
    public static readonly string[] ProvinceAgencies =
    [
        "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Nội vụ", "Sở Công Thương",
        "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp", "Ủy ban nhân dân tỉnh", "Công an tỉnh", "Bảo hiểm xã hội tỉnh",
        "Thanh tra tỉnh", "Sở Dân tộc và Tôn giáo",
    ];

    public static readonly string[] CommuneAgencies =
    [
        "Ủy ban nhân dân xã", "Trạm y tế xã", "Công an xã", "Trường Tiểu học xã", "Trường Mầm non xã", "Phòng Kinh tế xã", "Phòng Văn hóa - Xã hội xã",
        "Hợp tác xã nông nghiệp", "Ban Chỉ huy quân sự xã",
    ];

    public static readonly string[] Subjects =
    [
        "thực hiện chính sách trợ giúp xã hội", "quản lý, sử dụng đất đai", "giải ngân vốn đầu tư công", "xây dựng nông thôn mới",
        "phòng, chống thiên tai và tìm kiếm cứu nạn", "bảo đảm an toàn thực phẩm", "thu gom, xử lý chất thải rắn sinh hoạt",
        "cải cách thủ tục hành chính", "chuyển đổi số trong cơ quan nhà nước", "giải quyết khiếu nại, tố cáo của công dân",
        "bảo hiểm y tế học sinh, sinh viên", "chất lượng giáo dục mầm non", "quản lý trật tự xây dựng đô thị",
        "hỗ trợ sinh kế cho đồng bào dân tộc thiểu số", "quản lý, sử dụng tài sản công", "cấp nước sạch nông thôn",
        "phòng cháy, chữa cháy tại khu dân cư", "giảm nghèo bền vững", "cấp giấy chứng nhận quyền sử dụng đất",
        "quản lý khai thác khoáng sản", "chăm sóc sức khỏe người cao tuổi", "đào tạo nghề cho lao động nông thôn",
    ];

    public static readonly string[] Shortcomings =
    [
        "hồ sơ còn chậm, chưa bảo đảm thời hạn", "số liệu báo cáo giữa các đơn vị chưa khớp", "kinh phí giải ngân thấp so với kế hoạch",
        "việc kiểm tra, giám sát chưa thường xuyên", "còn để xảy ra sai sót trong xét duyệt", "công tác tuyên truyền chưa sâu rộng",
        "cơ sở vật chất xuống cấp, thiếu trang thiết bị", "phối hợp giữa các ngành chưa chặt chẽ", "nhân lực chuyên môn còn thiếu",
        "chưa xử lý dứt điểm các trường hợp tồn đọng",
    ];

    public static readonly string[] Actions =
    [
        "Chỉ đạo rà soát, hoàn thiện hồ sơ", "Bố trí kinh phí để khắc phục", "Tăng cường kiểm tra, xử lý nghiêm vi phạm",
        "Ban hành quy trình phối hợp", "Đẩy nhanh tiến độ thực hiện", "Bổ sung nhân lực và đào tạo cán bộ",
        "Công khai kết quả giải quyết", "Báo cáo kết quả khắc phục",
    ];

    public static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];

    public static readonly string[] GivenNames = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Hải", "Thanh Hương", "Văn Khoa",
        "Thị Lan", "Hữu Long", "Ngọc Mai", "Văn Nam", "Thị Oanh", "Xuân Phúc", "Minh Quân", "Thị Sen", "Văn Tùng", "Hồng Vân"];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string Person(this Random random) => $"{random.Pick(FamilyNames)} {random.Pick(GivenNames)}";
}
