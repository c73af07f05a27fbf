<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>ServerDueCli</name>
    <message>
      <source>the team's families with what is due and overdue, as CSV (overdue first)</source>
      <translation type="unfinished">teuluoedd y tîm gyda'r hyn sy'n ddyledus ac yn hwyr, fel CSV (y rhai hwyr yn gyntaf)</translation>
    </message>
    <message>
      <source>the team server: postgresql://user@host/database (no password in it)</source>
      <translation type="unfinished">gweinydd y tîm: postgresql://defnyddiwr@gwesteiwr/cronfa-ddata (heb gyfrinair ynddo)</translation>
    </message>
    <message>
      <source>read the password from the first line of stdin</source>
      <translation type="unfinished">darllen y cyfrinair o linell gyntaf stdin</translation>
    </message>
    <message>
      <source>count what is overdue on this date (default: today)</source>
      <translation type="unfinished">cyfrif yr hyn sy'n hwyr ar y dyddiad hwn (rhagosodiad: heddiw)</translation>
    </message>
    <message>
      <source>Password for {server}: </source>
      <translation type="unfinished">Cyfrinair ar gyfer {server}: </translation>
    </message>
  </context>
  <context>
    <name>ServerSettings</name>
    <message>
      <source>The team server must be a PostgreSQL address (postgresql://user@host/database).</source>
      <translation type="unfinished">Rhaid i weinydd y tîm fod yn gyfeiriad PostgreSQL (postgresql://defnyddiwr@gwesteiwr/cronfa-ddata).</translation>
    </message>
    <message>
      <source>The server address must not hold the password: Chair asks for it, or reads it from the system keyring.</source>
      <translation type="unfinished">Ni ddylai cyfeiriad y gweinydd gynnwys y cyfrinair: mae Chair yn gofyn amdano, neu'n ei ddarllen o gylch allweddi'r system.</translation>
    </message>
    <message>
      <source>The server address needs a user, a host and a database (postgresql://user@host/database).</source>
      <translation type="unfinished">Mae angen defnyddiwr, gwesteiwr a chronfa ddata yng nghyfeiriad y gweinydd (postgresql://defnyddiwr@gwesteiwr/cronfa-ddata).</translation>
    </message>
    <message>
      <source>The connection must check the server's certificate: use sslmode=verify-full (or verify-ca), not {mode}.</source>
      <translation type="unfinished">Rhaid i'r cysylltiad wirio tystysgrif y gweinydd: defnyddiwch sslmode=verify-full (neu verify-ca), nid {mode}.</translation>
    </message>
    <message>
      <source>The certificate authority file {file} is not there.</source>
      <translation type="unfinished">Nid yw ffeil yr awdurdod tystysgrifau {file} yno.</translation>
    </message>
    <message>
      <source>The password is not kept: this computer has no keyring Chair can use. Chair will ask for it at each sync.</source>
      <translation type="unfinished">Ni chedwir y cyfrinair: nid oes gan y cyfrifiadur hwn gylch allweddi y gall Chair ei ddefnyddio. Bydd Chair yn gofyn amdano bob tro y byddwch yn cysoni.</translation>
    </message>
    <message>
      <source>Nothing to forget: this computer has no keyring Chair can use.</source>
      <translation type="unfinished">Dim i'w anghofio: nid oes gan y cyfrifiadur hwn gylch allweddi y gall Chair ei ddefnyddio.</translation>
    </message>
    <message>
      <source>The keyring did not let Chair remove the password.</source>
      <translation type="unfinished">Ni adawodd y cylch allweddi i Chair dynnu'r cyfrinair.</translation>
    </message>
    <message>
      <source>{value} is not a file's full path</source>
      <translation type="unfinished">Nid yw {value} yn llwybr llawn at ffeil</translation>
    </message>
  </context>
  <context>
    <name>TeamView</name>
    <message>
      <source>The team's families could not be read from the server: {problem}</source>
      <translation type="unfinished">Nid oedd modd darllen teuluoedd y tîm o'r gweinydd: {problem}</translation>
    </message>
    <message>
      <source>Family</source>
      <translation type="unfinished">Teulu</translation>
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished">Tîm</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation type="unfinished">Nesaf yn ddyledus</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished">Yn hwyr</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation type="unfinished">Dyddiau'n hwyr</translation>
    </message>
    <message>
      <source>What is due</source>
      <translation type="unfinished">Beth sy'n ddyledus</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Ie</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">Na</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Team server…</source>
      <translation type="unfinished">&amp;Gweinydd y tîm…</translation>
    </message>
    <message>
      <source>Where your team's server is, and whether the password is kept in the keyring</source>
      <translation type="unfinished">Ble mae gweinydd eich tîm, ac a yw'r cyfrinair yn cael ei gadw yn y cylch allweddi</translation>
    </message>
    <message>
      <source>S&amp;ync with team server</source>
      <translation type="unfinished">C&amp;ysoni â gweinydd y tîm</translation>
    </message>
    <message>
      <source>Send what changed here to the team server and bring what changed there</source>
      <translation type="unfinished">Anfon yr hyn a newidiodd yma i weinydd y tîm a dod â'r hyn a newidiodd yno</translation>
    </message>
    <message>
      <source>&amp;Differences to choose…</source>
      <translation type="unfinished">&amp;Gwahaniaethau i'w dewis…</translation>
    </message>
    <message>
      <source>Families this laptop and the team server both changed: choose what to keep</source>
      <translation type="unfinished">Teuluoedd a newidiwyd ar y gliniadur hwn ac ar weinydd y tîm: dewiswch beth i'w gadw</translation>
    </message>
    <message>
      <source>&amp;Team view</source>
      <translation type="unfinished">Golwg y &amp;tîm</translation>
    </message>
    <message>
      <source>Your team's families on the server, with what is due and overdue</source>
      <translation type="unfinished">Teuluoedd eich tîm ar y gweinydd, gyda'r hyn sy'n ddyledus ac yn hwyr</translation>
    </message>
  </context>
  <context>
    <name>TeamServerDialog</name>
    <message>
      <source>Team server</source>
      <translation type="unfinished">Gweinydd y tîm</translation>
    </message>
    <message>
      <source>Chair syncs this laptop's record with your team's server when you choose File &gt; Sync with team server. IT gives you the address, and the certificate authority file if your council uses its own.</source>
      <translation type="unfinished">Mae Chair yn cysoni cofnod y gliniadur hwn â gweinydd eich tîm pan fyddwch yn dewis Ffeil &gt; Cysoni â gweinydd y tîm. Mae TG yn rhoi'r cyfeiriad i chi, a ffeil yr awdurdod tystysgrifau os yw eich cyngor yn defnyddio ei un ei hun.</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation type="unfinished">Cyfeiriad y gweinydd</translation>
    </message>
    <message>
      <source>postgresql://your.name@server.council.example/chair</source>
      <translation type="unfinished">postgresql://eich.enw@gweinydd.cyngor.example/chair</translation>
    </message>
    <message>
      <source>Certificate authority file</source>
      <translation type="unfinished">Ffeil yr awdurdod tystysgrifau</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished">Dewis…</translation>
    </message>
    <message>
      <source>Choose the certificate authority file</source>
      <translation type="unfinished">Dewis ffeil yr awdurdod tystysgrifau</translation>
    </message>
    <message>
      <source>Remember the password in this computer's keyring</source>
      <translation type="unfinished">Cofio'r cyfrinair yng nghylch allweddi'r cyfrifiadur hwn</translation>
    </message>
    <message>
      <source>This computer has no keyring Chair can use, so the password is asked for at each sync. It is never written to a file.</source>
      <translation type="unfinished">Nid oes gan y cyfrifiadur hwn gylch allweddi y gall Chair ei ddefnyddio, felly gofynnir am y cyfrinair bob tro y byddwch yn cysoni. Nid yw byth yn cael ei ysgrifennu i ffeil.</translation>
    </message>
    <message>
      <source>Type the server's address, as IT gave it.</source>
      <translation type="unfinished">Teipiwch gyfeiriad y gweinydd, fel y'i rhoddwyd gan TG.</translation>
    </message>
  </context>
  <context>
    <name>ServerPasswordDialog</name>
    <message>
      <source>Team server password</source>
      <translation type="unfinished">Cyfrinair gweinydd y tîm</translation>
    </message>
    <message>
      <source>The password for {server}:</source>
      <translation type="unfinished">Y cyfrinair ar gyfer {server}:</translation>
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
      <source>Type the password.</source>
      <translation type="unfinished">Teipiwch y cyfrinair.</translation>
    </message>
  </context>
  <context>
    <name>TeamSync</name>
    <message>
      <source>Not on this laptop</source>
      <translation type="unfinished">Ddim ar y gliniadur hwn</translation>
    </message>
    <message>
      <source>On this laptop</source>
      <translation type="unfinished">Ar y gliniadur hwn</translation>
    </message>
    <message>
      <source>Not on the server</source>
      <translation type="unfinished">Ddim ar y gweinydd</translation>
    </message>
    <message>
      <source>On the server</source>
      <translation type="unfinished">Ar y gweinydd</translation>
    </message>
    <message>
      <source>Not synced with the team server yet</source>
      <translation type="unfinished">Heb gysoni â gweinydd y tîm eto</translation>
    </message>
    <message>
      <source>Last sync: {time}, {summary}</source>
      <translation type="unfinished">Cysoni diwethaf: {time}, {summary}</translation>
    </message>
    <message>
      <source>Certificate authority file</source>
      <translation type="unfinished">Ffeil yr awdurdod tystysgrifau</translation>
    </message>
    <message>
      <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
      <translation type="unfinished">Tystysgrifau (*.crt *.pem *.cer);;Pob ffeil (*)</translation>
    </message>
    <message>
      <source>Team server</source>
      <translation type="unfinished">Gweinydd y tîm</translation>
    </message>
    <message>
      <source>Team server saved: {server}</source>
      <translation type="unfinished">Gweinydd y tîm wedi'i gadw: {server}</translation>
    </message>
    <message>
      <source>Not synced</source>
      <translation type="unfinished">Heb gysoni</translation>
    </message>
    <message>
      <source>Nothing was synced: some of what you typed in the open meeting is not saved yet.</source>
      <translation type="unfinished">Ni chysonwyd dim: nid yw peth o'r hyn a deipiwyd gennych yn y cyfarfod agored wedi'i gadw eto.</translation>
    </message>
    <message>
      <source>Synced, with refusals</source>
      <translation type="unfinished">Wedi cysoni, gyda gwrthodiadau</translation>
    </message>
    <message>
      <source>Differences to choose</source>
      <translation type="unfinished">Gwahaniaethau i'w dewis</translation>
    </message>
    <message>
      <source>This laptop and the team server both changed {families}. Nothing of either was lost: choose which to keep with File &gt; Differences to choose…</source>
      <translation type="unfinished">Newidiodd y gliniadur hwn a gweinydd y tîm {families}. Ni chollwyd dim o'r naill na'r llall: dewiswch pa un i'w gadw gyda Ffeil &gt; Gwahaniaethau i'w dewis…</translation>
    </message>
    <message>
      <source>The sync did not finish ({reason}); nothing was changed on this laptop.</source>
      <translation type="unfinished">Ni orffennodd y cysoni ({reason}); ni newidiwyd dim ar y gliniadur hwn.</translation>
    </message>
    <message>
      <source>Syncing with the team server…</source>
      <translation type="unfinished">Yn cysoni â gweinydd y tîm…</translation>
    </message>
    <message>
      <source>This laptop and the team server both changed {family}.</source>
      <translation type="unfinished">Newidiodd y gliniadur hwn a gweinydd y tîm {family}.</translation>
    </message>
    <message>
      <source>This laptop and the team server changed the same things</source>
      <translation type="unfinished">Newidiodd y gliniadur hwn a gweinydd y tîm yr un pethau</translation>
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished">Beth</translation>
    </message>
    <message>
      <source>This laptop</source>
      <translation type="unfinished">Y gliniadur hwn</translation>
    </message>
    <message>
      <source>The team server</source>
      <translation type="unfinished">Gweinydd y tîm</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation type="unfinished">Cadw</translation>
    </message>
    <message>
      <source>Differences between this laptop and the team server</source>
      <translation type="unfinished">Gwahaniaethau rhwng y gliniadur hwn a gweinydd y tîm</translation>
    </message>
    <message>
      <source>Take all from the server</source>
      <translation type="unfinished">Cymryd y cyfan o'r gweinydd</translation>
    </message>
    <message>
      <source>Take the server's</source>
      <translation type="unfinished">Cymryd fersiwn y gweinydd</translation>
    </message>
    <message>
      <source>This laptop and the team server both changed {family}. Choose, for each difference, whether to keep what this laptop has or take what the server has. Nothing changes until you press Apply; Cancel changes nothing.</source>
      <translation type="unfinished">Newidiodd y gliniadur hwn a gweinydd y tîm {family}. Dewiswch, ar gyfer pob gwahaniaeth, a ydych am gadw'r hyn sydd gan y gliniadur hwn neu gymryd yr hyn sydd gan y gweinydd. Does dim yn newid nes i chi bwyso Defnyddio'r dewisiadau hyn; nid yw Canslo yn newid dim.</translation>
    </message>
    <message>
      <source>Differences not settled</source>
      <translation type="unfinished">Gwahaniaethau heb eu setlo</translation>
    </message>
    <message>
      <source>Your choices for {family} are kept; they go to the server at the next sync.</source>
      <translation type="unfinished">Mae eich dewisiadau ar gyfer {family} wedi'u cadw; byddant yn mynd i'r gweinydd yn y cysoni nesaf.</translation>
    </message>
    <message>
      <source>The choices could not be applied ({reason}); nothing changed.</source>
      <translation type="unfinished">Nid oedd modd rhoi'r dewisiadau ar waith ({reason}); ni newidiodd dim.</translation>
    </message>
    <message>
      <source>Applying your choices…</source>
      <translation type="unfinished">Yn rhoi eich dewisiadau ar waith…</translation>
    </message>
    <message>
      <source>The team's families could not be read ({reason}).</source>
      <translation type="unfinished">Nid oedd modd darllen teuluoedd y tîm ({reason}).</translation>
    </message>
    <message>
      <source>Save the team view</source>
      <translation type="unfinished">Cadw golwg y tîm</translation>
    </message>
    <message>
      <source>team-due.csv</source>
      <translation type="unfinished">tim-dyledus.csv</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation type="unfinished">Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
      <source>Saved {file}</source>
      <translation type="unfinished">Wedi cadw {file}</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation type="unfinished">Heb ei gadw</translation>
    </message>
    <message>
      <source>{file} could not be written: {reason}</source>
      <translation type="unfinished">Nid oedd modd ysgrifennu {file}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>TeamViewDialog</name>
    <message>
      <source>Team view</source>
      <translation type="unfinished">Golwg y tîm</translation>
    </message>
    <message>
      <source>Reading the team's families from the server…</source>
      <translation type="unfinished">Yn darllen teuluoedd y tîm o'r gweinydd…</translation>
    </message>
    <message>
      <source>The team's families, overdue first</source>
      <translation type="unfinished">Teuluoedd y tîm, y rhai hwyr yn gyntaf</translation>
    </message>
    <message>
      <source>Family</source>
      <translation type="unfinished">Teulu</translation>
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished">Tîm</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation type="unfinished">Dyledus erbyn</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished">Yn hwyr</translation>
    </message>
    <message>
      <source>What is due</source>
      <translation type="unfinished">Beth sy'n ddyledus</translation>
    </message>
    <message>
      <source>Save as CSV…</source>
      <translation type="unfinished">Cadw fel CSV…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished">Cau</translation>
    </message>
    <message>
      <source>Overdue by {days} days</source>
      <translation type="unfinished">Yn hwyr o {days} diwrnod</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">Na</translation>
    </message>
    <message>
      <source>Nothing is due yet.</source>
      <translation type="unfinished">Does dim byd yn ddyledus eto.</translation>
    </message>
    <message>
      <source>{count} families; {late} with something overdue (listed first).</source>
      <translation type="unfinished">{count} teulu; {late} â rhywbeth yn hwyr (wedi'u rhestru'n gyntaf).</translation>
    </message>
    <message>
      <source>The server holds no families of your team yet.</source>
      <translation type="unfinished">Nid oes gan y gweinydd unrhyw deuluoedd o'ch tîm eto.</translation>
    </message>
  </context>
</TS>
