#!/usr/bin/env bash
# Sapha tests — exports checked by the real tools people use: the demo workspace exported in every
# format; LibreOffice (headless) converts the DOCX and ODT files to PDF without error; pdftotext finds
# the Thai headings in Sapha's PDF and in LibreOffice's; pdffonts shows every font of Sapha's PDF
# embedded. The PDFs are rendered to PNG in build/tests/export/ for a person to look at.
set -euo pipefail
bin="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH=
rm -rf "$out" && mkdir -p "$out"
"$bin/sapha-cli" demo "$work/demo" --quiet > /dev/null
"$bin/sapha-cli" -C "$work/demo" export --all "$out/files" 2> "$work/export.log" || { cat "$work/export.log"; exit 1; }

# The changes between two named versions of the standard, as tracked changes.
mkdir -p "$out/redline"
for format in docx odt; do
  "$bin/sapha-cli" -C "$work/demo" export "standards/homeless-protection-centre.standard.xml@เสนอคณะอนุกรรมการ" \
    --changes-since "ร่างที่ 1" --format "$format" -o "$out/redline/standard-changes.$format" > /dev/null
done

# LibreOffice opens Word's and its own format and writes PDFs of them.
mkdir -p "$out/office"
soffice="$(command -v soffice || command -v libreoffice)"
"$soffice" -env:UserInstallation="file://$work/office-profile" --headless --convert-to pdf --outdir "$out/office" \
  "$out"/files/*/*.docx "$out"/files/*/*.odt > "$work/office.log" 2>&1 || { cat "$work/office.log"; exit 1; }
for source in "$out"/files/*/*.docx "$out"/files/*/*.odt; do
  name="$(basename "${source%.*}")"
  # docx and odt of one document convert to the same name; both must have produced it.
  [ -s "$out/office/$name.pdf" ] || { cat "$work/office.log"; echo "LibreOffice did not convert $source"; exit 1; }
done
grep -i "error" "$work/office.log" && { echo "LibreOffice reported an error"; exit 1; }
# LibreOffice opens the tracked changes of both formats; the PDF shows the inserted words.
"$soffice" -env:UserInstallation="file://$work/office-profile" --headless --convert-to pdf --outdir "$out/redline" \
  "$out/redline/standard-changes.docx" > "$work/office-redline.log" 2>&1 || { cat "$work/office-redline.log"; exit 1; }
[ -s "$out/redline/standard-changes.pdf" ] || { cat "$work/office-redline.log"; echo "LibreOffice did not convert the redline"; exit 1; }

# Thai has no spaces between words, so a heading wrapped by the layout is found with line ends removed;
# other text is found with line ends read as spaces.
expect_text() { # file, text
  local text
  text="$(pdftotext -raw "$1" -)"
  if ! printf '%s' "$text" | tr -d '\n' | grep -F "$2" > /dev/null && ! printf '%s' "$text" | tr "\n" " " | grep -F "$2" > /dev/null; then
    echo "$1 lacks: $2"; printf '%s\n' "$text" | head -20; exit 1
  fi
}
minutes_heading="รายงานการประชุมคณะอนุกรรมการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย"
for pdf in "$out/files/minutes/chiangrai-1-2563.pdf" "$out/office/chiangrai-1-2563.pdf"; do
  expect_text "$pdf" "$minutes_heading"
  expect_text "$pdf" "ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา"
  expect_text "$pdf" "ผู้จดรายงานการประชุม"
done
for pdf in "$out/files/standards/homeless-protection-centre.pdf" "$out/office/homeless-protection-centre.pdf"; do
  expect_text "$pdf" "มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง"
  expect_text "$pdf" "ตัวชี้วัดที่ 1.1"
  expect_text "$pdf" "เกณฑ์การประเมิน"
done
for pdf in "$out/files/brainstorm/workshop-2561-08-16.pdf" "$out/office/workshop-2561-08-16.pdf"; do
  expect_text "$pdf" "ระดมความคิดร่างมาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง"
  expect_text "$pdf" "ลำดับความสำคัญตามคะแนน"
done

for pdf in "$out/files/plans/chiangrai-homeless-2563.pdf" "$out/office/chiangrai-homeless-2563.pdf"; do
  expect_text "$pdf" "แผนปฏิบัติการคุ้มครองคนไร้ที่พึ่งจังหวัดเชียงราย"
  expect_text "$pdf" "ระยะเวลาดำเนินการ"
  expect_text "$pdf" "ขั้นตอนการดำเนินงาน"
  expect_text "$pdf" "รายงานผลการดำเนินงาน"
done
# LibreOffice lays the plan's DOCX out on landscape pages too.
office_size=$(pdfinfo "$out/office/chiangrai-homeless-2563.pdf" | awk '/^Page size:/ { print $3 "x" $5 }')
case "$office_size" in
  841.8*x595.*) ;;
  *) echo "LibreOffice's plan is not landscape: $office_size"; exit 1 ;;
esac

expect_text "$out/redline/standard-changes.pdf" "อย่างน้อยปีละครั้ง"

# Thai page numbers: LibreOffice shows "- ๒ -" at the head of page 2 of the ODT written with Thai digits.
# (The DOCX keeps Word's documented PAGE \* ThaiArabic, which Word shows as ๒ and LibreOffice 7.4 reads as
# the Thai letter ข: its Word import maps that switch to Thai letters and has no Thai-digit form at all.)
mkdir -p "$out/thai-digits"
"$bin/sapha-cli" -C "$work/demo" export minutes/chiangrai-1-2563.meeting.xml --thai-digits --format odt \
  -o "$out/thai-digits/minutes.odt" > /dev/null
"$soffice" -env:UserInstallation="file://$work/office-profile" --headless --convert-to pdf --outdir "$out/thai-digits" \
  "$out/thai-digits/minutes.odt" > "$work/office-digits.log" 2>&1 || { cat "$work/office-digits.log"; exit 1; }
page_two_head="$(pdftotext -f 2 -l 2 "$out/thai-digits/minutes.pdf" - | head -3 | tr -d ' \n')"
case "$page_two_head" in
  -๒*) ;;
  *) echo "page 2 of the ODT with Thai digits does not start with - ๒ - in LibreOffice: $page_two_head"; exit 1 ;;
esac

for pdf in "$out"/files/*/*.pdf; do
  fonts=$(pdffonts "$pdf" | tail -n +3)
  [ -n "$fonts" ] || { echo "$pdf has no fonts"; exit 1; }
  echo "$fonts" | awk '{ if ($(NF-4) != "yes") { print "not embedded: " $0; bad = 1 } } END { exit bad }' \
    || { echo "$pdf has a font that is not embedded"; exit 1; }
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  size=$(pdfinfo "$pdf" | awk '/^Page size:/ { print $3 "x" $5 }')
  # A4, portrait; the action plan's table landscape, as such tables are printed.
  case "$pdf" in
    */plans/*) [ "$size" = "841.89x595.276" ] || { echo "$pdf is not A4 landscape: $size"; exit 1; } ;;
    *) [ "$size" = "595.276x841.89" ] || { echo "$pdf is not A4: $size"; exit 1; } ;;
  esac
  echo "$pdf: $pages page(s), A4 ($size), fonts embedded"
done

mkdir -p "$out/pages"
for pdf in "$out"/files/*/*.pdf "$out"/office/*.pdf "$out"/redline/*.pdf; do
  kind=$(basename "$(dirname "$pdf")")
  pdftoppm -r 50 -png "$pdf" "$out/pages/$kind-$(basename "${pdf%.pdf}")"
done
echo "pages to look at: $out/pages/"
