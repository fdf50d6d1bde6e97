"""Samples for the input screens (haucan/screen.py), written for these tests (no real article text).

Pages that are not Vietnamese, on the corpus's own topic and with Vietnamese names and places in them, as a
scraper would meet them: an outlet's English or Malay edition, a regional wire in Indonesian, French or Chinese.
Each must be rejected as ``not_vietnamese``; the Vietnamese helpers (unaccented text, a page with an English
quote) must not be. HTML pages built around an article must be rejected as ``html``.
"""

from __future__ import annotations

import html
import unicodedata

ENGLISH = """Military Region 1 reviews logistics work for the year

Thai Nguyen, 12 December - The Party Committee of the Logistics Department of Military Region 1 held a
conference on Tuesday to review the year's logistics and technical work and to set tasks for the coming year.

Colonel Nguyễn Văn An, deputy commander of the region, said the units had kept their food stores, fuel
reserves and medical supplies at the required level throughout the flood season. Field kitchens were moved
to the worst hit communes within six hours of the first warning, and more than two hundred tonnes of rice
were delivered to people in Cao Bằng and Lạng Sơn.

The conference also praised the soldiers who grew vegetables and raised livestock on the barracks' land,
which covered a third of the units' daily needs. Officers were told to inspect every depot before the end
of the month, to replace old fuel tanks and to train new drivers in night convoys.

Speaking at the event, the commander asked all units to prepare carefully for the training season, to keep
their warehouses safe from fire and theft, and to look after the health of every soldier.
"""

MALAY = """Wilayah Tentera 1 menilai kerja logistik sepanjang tahun

Thai Nguyen, 12 Disember - Jawatankuasa Parti Jabatan Logistik Wilayah Tentera 1 mengadakan persidangan pada
hari Selasa untuk menilai kerja logistik dan teknikal tahun ini serta menetapkan tugas bagi tahun hadapan.

Kolonel Nguyễn Văn An, timbalan komander wilayah itu, berkata unit-unit telah memastikan stok makanan, simpanan
bahan api dan bekalan perubatan berada pada tahap yang diperlukan sepanjang musim banjir. Dapur lapangan
dipindahkan ke kampung yang paling teruk terjejas dalam tempoh enam jam selepas amaran pertama, dan lebih
dua ratus tan beras dihantar kepada penduduk di Cao Bằng dan Lạng Sơn.

Persidangan itu turut memuji anggota tentera yang menanam sayur-sayuran dan menternak haiwan di tanah kem,
yang memenuhi satu pertiga keperluan harian unit. Para pegawai diarahkan memeriksa setiap depoh sebelum
hujung bulan, menggantikan tangki minyak yang lama dan melatih pemandu baharu dalam konvoi waktu malam.

Berucap pada majlis itu, komander meminta semua unit bersedia dengan teliti untuk musim latihan, menjaga
gudang mereka daripada kebakaran dan kecurian, serta menjaga kesihatan setiap anggota.
"""

INDONESIAN = """Komando Daerah Militer 1 mengevaluasi pekerjaan logistik selama setahun

Thai Nguyen, 12 Desember - Komite Partai Departemen Logistik Daerah Militer 1 menggelar konferensi pada hari
Selasa untuk mengevaluasi pekerjaan logistik dan teknis tahun ini serta menetapkan tugas untuk tahun depan.

Kolonel Nguyễn Văn An, wakil komandan daerah tersebut, mengatakan bahwa satuan-satuan telah menjaga persediaan
makanan, cadangan bahan bakar, dan perlengkapan medis pada tingkat yang dibutuhkan selama musim banjir. Dapur
lapangan dipindahkan ke desa-desa yang paling parah terdampak dalam waktu enam jam setelah peringatan pertama,
dan lebih dari dua ratus ton beras dikirimkan kepada warga di Cao Bằng dan Lạng Sơn.

Konferensi itu juga memberikan penghargaan kepada para prajurit yang menanam sayuran dan beternak di lahan
asrama, yang memenuhi sepertiga kebutuhan harian satuan. Para perwira diminta memeriksa setiap gudang sebelum
akhir bulan, mengganti tangki bahan bakar yang sudah tua, dan melatih pengemudi baru dalam konvoi malam hari.

Dalam sambutannya, komandan meminta semua satuan mempersiapkan musim latihan dengan cermat, menjaga gudang
dari kebakaran dan pencurian, serta memperhatikan kesehatan setiap prajurit.
"""

FRENCH = """La Région militaire 1 dresse le bilan du travail logistique de l'année

Thai Nguyen, 12 décembre - Le comité du Parti du Département de la logistique de la Région militaire 1 a tenu
mardi une conférence pour dresser le bilan du travail logistique et technique de l'année et fixer les tâches
de l'année prochaine.

Le colonel Nguyễn Văn An, commandant adjoint de la région, a déclaré que les unités avaient maintenu leurs
stocks de vivres, leurs réserves de carburant et leurs fournitures médicales au niveau requis pendant toute la
saison des crues. Les cuisines de campagne ont été déplacées vers les communes les plus touchées dans les six
heures suivant la première alerte, et plus de deux cents tonnes de riz ont été livrées aux habitants de Cao
Bằng et de Lạng Sơn.

La conférence a également salué les soldats qui cultivent des légumes et élèvent du bétail sur les terrains
des casernes, ce qui couvre un tiers des besoins quotidiens des unités. Les officiers doivent inspecter chaque
dépôt avant la fin du mois, remplacer les vieux réservoirs de carburant et former les nouveaux conducteurs aux
convois de nuit.

Le commandant a demandé à toutes les unités de bien préparer la saison d'entraînement, de protéger leurs
entrepôts contre l'incendie et le vol, et de veiller à la santé de chaque soldat.
"""

CHINESE = """第一军区总结全年后勤工作

太原省12月12日电 第一军区后勤部党委于星期二召开会议，总结本年度后勤和技术工作，并部署明年的任务。

军区副司令员阮文安上校表示，在整个汛期，各单位的粮食储备、燃料储备和医疗物资始终保持在规定水平。
首次预警发布后六小时内，野战炊事车已转移到受灾最严重的乡镇，两百多吨大米已送到高平省和谅山省的群众手中。

会议还表扬了在营区土地上种植蔬菜、饲养牲畜的官兵，这些产出满足了各单位三分之一的日常需求。
军官们被要求在月底前检查每一个仓库，更换老旧油罐，并对新驾驶员进行夜间车队训练。

司令员在讲话中要求各单位认真做好训练季节的准备工作，确保仓库防火防盗，关心每一名战士的健康。
"""

NOT_VIETNAMESE = {"en": ENGLISH, "ms": MALAY, "id": INDONESIAN, "fr": FRENCH, "zh": CHINESE}

VIETNAMESE_WITH_ENGLISH_QUOTE = """Cục Hậu cần Quân khu 1 tổng kết công tác năm

Thái Nguyên, ngày 12/12 - Đảng ủy Cục Hậu cần Quân khu 1 tổ chức hội nghị tổng kết công tác hậu cần, kỹ thuật
năm và triển khai nhiệm vụ năm tới. Đại tá Nguyễn Văn An, Phó Tư lệnh Quân khu chủ trì hội nghị.

Theo báo cáo, các đơn vị đã bảo đảm lương thực, xăng dầu dự trữ và thuốc quân y đúng quy định trong suốt mùa
mưa lũ. Bếp ăn dã chiến được đưa đến các xã bị ảnh hưởng nặng nhất trong vòng sáu giờ sau cảnh báo đầu tiên.

Đoàn công tác của nước bạn đánh giá: "The logistics units responded quickly and kept their depots in good
order." Hội nghị cũng khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong tăng gia sản xuất.
"""


def strip_diacritics(text: str) -> str:
    """Vietnamese as typed without diacritics (old SMS and some forums): tone marks and vowel marks removed,
    'đ' written 'd'. Still Vietnamese."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D")


def html_page(article: str, *, doctype: bool = True) -> str:
    """``article`` as a news site serves it, saved with "Save page as" under a .txt name: head, menus, the
    article's paragraphs in <p>, a footer and a script. Without ``doctype`` the page is only the body's inner
    markup (a template fragment): no doctype, <html>, <head> or <body> tag, so only the tag density tells."""
    title, *paragraphs = [p for p in article.split("\n\n") if p.strip()]
    menu = "".join(f'<li class="menu-item"><a href="/chuyen-muc/{i}">{name}</a></li>\n'
                   for i, name in enumerate(["Thời sự", "Quân sự", "Hậu cần", "Quốc phòng", "Video"]))
    body = "\n".join(f'<p class="Normal">{html.escape(p)}</p>' for p in paragraphs)
    inner = (f'<div id="wrapper"><header class="site-header"><nav><ul class="menu">\n{menu}</ul></nav></header>\n'
             f'<main><article class="detail"><h1 class="title-detail">{html.escape(title)}</h1>\n{body}\n'
             '<div class="share"><a class="fb" href="#">Chia sẻ</a><a class="zalo" href="#">Zalo</a></div>'
             '</article></main>\n<footer><p>&copy; Báo điện tử</p></footer></div>\n'
             '<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "detail"});</script>\n')
    if not doctype:
        return inner
    return ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{html.escape(title)}</title>\n<link rel="stylesheet" href="/css/main.css">\n</head>\n'
            f'<body class="page-detail">\n{inner}</body>\n</html>\n')
