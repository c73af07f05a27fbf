<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>Cli</name>
    <message>
      <source>work on the team server directly (postgresql://user@host/database), for an office desktop: the window, list, people, export and verify</source>
      <translation type="unfinished">gweithio ar weinydd y tîm yn uniongyrchol (postgresql://defnyddiwr@gwesteiwr/cronfa-ddata), ar gyfer cyfrifiadur swyddfa: y ffenestr, list, people, export a verify</translation>
    </message>
    <message>
      <source>with --database: the server password from FILE (its first line)</source>
      <translation type="unfinished">gyda --database: cyfrinair y gweinydd o FILE (ei linell gyntaf)</translation>
    </message>
    <message>
      <source>{command} works on this laptop's data; leave out --database.</source>
      <translation type="unfinished">mae {command} yn gweithio ar ddata'r gliniadur hwn; gadewch --database allan.</translation>
    </message>
    <message>
      <source>sync with the team server: bring its changes here and send this laptop's</source>
      <translation type="unfinished">cysoni â gweinydd y tîm: dod â'i newidiadau yma ac anfon rhai'r gliniadur hwn</translation>
    </message>
    <message>
      <source>the team server (postgresql://user@host/database?sslrootcert=FILE), instead of the one in the settings</source>
      <translation type="unfinished">gweinydd y tîm (postgresql://defnyddiwr@gwesteiwr/cronfa-ddata?sslrootcert=FFEIL), yn lle'r un yn y gosodiadau</translation>
    </message>
    <message>
      <source>the server password from FILE (its first line) instead of the keyring or asking</source>
      <translation type="unfinished">cyfrinair y gweinydd o FILE (ei linell gyntaf) yn lle'r cylch allweddi neu ofyn amdano</translation>
    </message>
    <message>
      <source>No team server is set: give --server URL, or set it in Chair's settings (File &gt; Team server).</source>
      <translation type="unfinished">Does dim gweinydd tîm wedi'i osod: rhowch --server URL, neu ei osod yng ngosodiadau Chair (Ffeil &gt; Gweinydd y tîm).</translation>
    </message>
    <message>
      <source>server password</source>
      <translation type="unfinished">cyfrinair y gweinydd</translation>
    </message>
    <message>
      <source>Password for {server}: </source>
      <translation type="unfinished">Cyfrinair ar gyfer {server}: </translation>
    </message>
    <message>
      <source>the server password is needed: give --server-password-file FILE, keep it in the keyring from Chair's window, or run the command in a terminal.</source>
      <translation type="unfinished">mae angen cyfrinair y gweinydd: rhowch --server-password-file FFEIL, ei gadw yn y cylch allweddi o ffenestr Chair, neu redeg y gorchymyn mewn terfynell.</translation>
    </message>
    <message>
      <source>the sync did not happen: {problem}</source>
      <translation type="unfinished">ni ddigwyddodd y cysoni: {problem}</translation>
    </message>
    <message>
      <source>brought from the server: {name}</source>
      <translation type="unfinished">wedi dod o'r gweinydd: {name}</translation>
    </message>
    <message>
      <source>sent: {name}</source>
      <translation type="unfinished">wedi'i anfon: {name}</translation>
    </message>
    <message>
      <source>differences to choose (in the window: File &gt; Differences to choose): {name}</source>
      <translation type="unfinished">gwahaniaethau i ddewis rhyngddynt (yn y ffenestr: Ffeil &gt; Gwahaniaethau i'w dewis): {name}</translation>
    </message>
  </context>
  <context>
    <name>TeamServer</name>
    <message>
      <source>{url} is not a server address.</source>
      <translation type="unfinished">Nid yw {url} yn gyfeiriad gweinydd.</translation>
    </message>
    <message>
      <source>The team server must be a PostgreSQL address (postgresql://user@host/db).</source>
      <translation type="unfinished">Rhaid i weinydd y tîm fod yn gyfeiriad PostgreSQL (postgresql://defnyddiwr@gwesteiwr/cronfa).</translation>
    </message>
    <message>
      <source>Do not put the password in the server address: Chair asks for it, or reads it from the system keyring.</source>
      <translation type="unfinished">Peidiwch â rhoi'r cyfrinair yng nghyfeiriad y gweinydd: mae Chair yn gofyn amdano, neu'n ei ddarllen o gylch allweddi'r system.</translation>
    </message>
    <message>
      <source>The server address needs a user, a host and a database (postgresql://user@host/db).</source>
      <translation type="unfinished">Mae angen defnyddiwr, gwesteiwr a chronfa ddata yng nghyfeiriad y gweinydd (postgresql://defnyddiwr@gwesteiwr/cronfa).</translation>
    </message>
    <message>
      <source>The server connection must check the server's certificate (sslmode verify-full or verify-ca); {mode} would send the record unchecked.</source>
      <translation type="unfinished">Rhaid i'r cysylltiad wirio tystysgrif y gweinydd (sslmode verify-full neu verify-ca); byddai {mode} yn anfon y cofnod heb ei wirio.</translation>
    </message>
    <message>
      <source>The certificate authority file {file} is not there.</source>
      <translation type="unfinished">Nid yw ffeil yr awdurdod tystysgrifau {file} yno.</translation>
    </message>
    <message>
      <source>The server did not accept the user name and password.</source>
      <translation type="unfinished">Ni dderbyniodd y gweinydd yr enw defnyddiwr a'r cyfrinair.</translation>
    </message>
    <message>
      <source>The server {host} cannot be found. Check the address, or the network.</source>
      <translation type="unfinished">Ni ellir dod o hyd i'r gweinydd {host}. Gwiriwch y cyfeiriad, neu'r rhwydwaith.</translation>
    </message>
    <message>
      <source>The connection to the server was cut. Nothing half-done was kept; sync again.</source>
      <translation type="unfinished">Torrwyd y cysylltiad â'r gweinydd. Ni chadwyd dim byd hanner ffordd; cysonwch eto.</translation>
    </message>
    <message>
      <source>The server {host} is not answering. Try again later; everything stays on this laptop.</source>
      <translation type="unfinished">Nid yw'r gweinydd {host} yn ateb. Rhowch gynnig arall yn nes ymlaen; mae popeth yn aros ar y gliniadur hwn.</translation>
    </message>
    <message>
      <source>The server's certificate is not trusted, so nothing was sent. Ask IT for the council's certificate authority file.</source>
      <translation type="unfinished">Nid ymddiriedir yn nhystysgrif y gweinydd, felly ni anfonwyd dim. Gofynnwch i TG am ffeil awdurdod tystysgrifau'r cyngor.</translation>
    </message>
    <message>
      <source>The server refused: this user may not do that. Ask IT to check the team's roles.</source>
      <translation type="unfinished">Gwrthododd y gweinydd: ni chaiff y defnyddiwr hwn wneud hynny. Gofynnwch i TG wirio rolau'r tîm.</translation>
    </message>
    <message>
      <source>The team server could not be used: {problem}</source>
      <translation type="unfinished">Ni ellid defnyddio gweinydd y tîm: {problem}</translation>
    </message>
    <message>
      <source>The server has no Chair record yet. IT sets it up with: chair-app server init --database URL</source>
      <translation type="unfinished">Nid oes cofnod Chair ar y gweinydd eto. Mae TG yn ei osod gyda: chair-app server init --database URL</translation>
    </message>
    <message>
      <source>The team server was upgraded by a newer version of Chair. Update Chair on this laptop to sync; nothing was changed, here or there.</source>
      <translation type="unfinished">Uwchraddiwyd gweinydd y tîm gan fersiwn mwy newydd o Chair. Diweddarwch Chair ar y gliniadur hwn i gysoni; ni newidiwyd dim, yma nac acw.</translation>
    </message>
    <message>
      <source>The team server holds an older version of Chair's record. IT upgrades it with: chair-app server init --database URL. Nothing was changed.</source>
      <translation type="unfinished">Mae gweinydd y tîm yn dal fersiwn hŷn o gofnod Chair. Mae TG yn ei uwchraddio gyda: chair-app server init --database URL. Ni newidiwyd dim.</translation>
    </message>
  </context>
  <context>
    <name>Online</name>
    <message>
      <source>The record is on the team server: its password is changed there, by IT.</source>
      <translation type="unfinished">Mae'r cofnod ar weinydd y tîm: TG sy'n newid ei gyfrinair yno.</translation>
    </message>
    <message>
      <source>The record is on the team server: it is backed up there, by IT, not on this computer.</source>
      <translation type="unfinished">Mae'r cofnod ar weinydd y tîm: TG sy'n ei gadw wrth gefn yno, nid ar y cyfrifiadur hwn.</translation>
    </message>
  </context>
  <context>
    <name>Sync</name>
    <message>
      <source>{count} brought from the server</source>
      <translation type="unfinished">{count} wedi dod o'r gweinydd</translation>
    </message>
    <message>
      <source>{count} sent</source>
      <translation type="unfinished">{count} wedi'u hanfon</translation>
    </message>
    <message>
      <source>{count} with differences to choose</source>
      <translation type="unfinished">{count} â gwahaniaethau i'w dewis</translation>
    </message>
    <message>
      <source>{count} refused</source>
      <translation type="unfinished">{count} wedi'u gwrthod</translation>
    </message>
    <message>
      <source>Families: {parts}.</source>
      <translation type="unfinished">Teuluoedd: {parts}.</translation>
    </message>
    <message>
      <source>{name}: changed on the server since this laptop's last sync; the next sync brings that version first.</source>
      <translation type="unfinished">{name}: newidiwyd ar y gweinydd ers cysoni diwethaf y gliniadur hwn; daw'r cysoni nesaf â'r fersiwn honno yn gyntaf.</translation>
    </message>
    <message>
      <source>Nothing is waiting for a choice in this family.</source>
      <translation type="unfinished">Does dim yn aros am ddewis yn y teulu hwn.</translation>
    </message>
    <message>
      <source>the server holds this family (or a meeting of it) for a team you are not in, so it was not sent. Ask IT which team it belongs to.</source>
      <translation type="unfinished">mae'r gweinydd yn dal y teulu hwn (neu un o'i gyfarfodydd) ar gyfer tîm nad ydych ynddo, felly ni chafodd ei anfon. Gofynnwch i TG i ba dîm y mae'n perthyn.</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <source>Team server</source>
      <translation type="unfinished">Gweinydd y tîm</translation>
    </message>
    <message>
      <source>Password for {server}:</source>
      <translation type="unfinished">Cyfrinair ar gyfer {server}:</translation>
    </message>
    <message>
      <source>Chair did not connect to the team server: no password was given.</source>
      <translation type="unfinished">Ni chysylltodd Chair â gweinydd y tîm: ni roddwyd cyfrinair.</translation>
    </message>
    <message>
      <source>Working on the team server {server}.</source>
      <translation type="unfinished">Yn gweithio ar weinydd y tîm {server}.</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <source>Chair hides the record when it is locked, or when it is left unused for a while. Everything you typed is saved on the team server. Type the team server's password to go on.</source>
      <translation type="unfinished">Mae Chair yn cuddio'r cofnod pan fydd wedi'i gloi, neu pan na chaiff ei ddefnyddio am sbel. Mae popeth a deipiwyd gennych wedi'i gadw ar weinydd y tîm. Teipiwch gyfrinair gweinydd y tîm i fwrw ymlaen.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
      <source>Show the password as it is typed</source>
      <translation type="unfinished">Dangos y cyfrinair wrth iddo gael ei deipio</translation>
    </message>
    <message>
      <source>Type the team server's password.</source>
      <translation type="unfinished">Teipiwch gyfrinair gweinydd y tîm.</translation>
    </message>
  </context>
  <context>
    <name>WindowLock</name>
    <message>
      <source>That is not the team server's password. Check it (capital letters count) and try again.</source>
      <translation type="unfinished">Nid dyna gyfrinair gweinydd y tîm. Gwiriwch ef (mae priflythrennau'n cyfrif) a rhowch gynnig arall arni.</translation>
    </message>
  </context>
</TS>
