<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
  <context>
    <name>ServerCli</name>
    <message>
      <source>set up and look after the team server (IT)</source>
      <translation type="unfinished">gosod a gofalu am weinydd y tîm (TG)</translation>
    </message>
    <message>
      <source>the server: postgresql://user@host:port/database (no password; ?sslrootcert=FILE names the certificate authority)</source>
      <translation type="unfinished">y gweinydd: postgresql://user@host:port/database (dim cyfrinair; mae ?sslrootcert=FILE yn enwi'r awdurdod tystysgrifau)</translation>
    </message>
    <message>
      <source>read the password from standard input (its first line) instead of asking</source>
      <translation type="unfinished">darllen y cyfrinair o'r mewnbwn safonol (ei linell gyntaf) yn lle gofyn amdano</translation>
    </message>
    <message>
      <source>create or upgrade the team server: schema, team roles, row-level security, audit trail (as the database's owner)</source>
      <translation type="unfinished">creu neu uwchraddio gweinydd y tîm: sgema, rolau timau, diogelwch lefel rhes, llwybr archwilio (fel perchennog y gronfa ddata)</translation>
    </message>
    <message>
      <source>a team to create (lowercase letters, digits, underscores); repeat it</source>
      <translation type="unfinished">tîm i'w greu (llythrennau bach, digidau, tanlinellau); ailadroddwch ef</translation>
    </message>
    <message>
      <source>the start of every role's name (default: chair)</source>
      <translation type="unfinished">dechrau enw pob rôl (rhagosodiad: chair)</translation>
    </message>
    <message>
      <source>give a person a login in a team (as the database's owner)</source>
      <translation type="unfinished">rhoi mewngofnod mewn tîm i rywun (fel perchennog y gronfa ddata)</translation>
    </message>
    <message>
      <source>the team</source>
      <translation type="unfinished">y tîm</translation>
    </message>
    <message>
      <source>the person's user name</source>
      <translation type="unfinished">enw defnyddiwr y person</translation>
    </message>
    <message>
      <source>give a person a login that reads the audit trail (as the database's owner)</source>
      <translation type="unfinished">rhoi mewngofnod sy'n darllen y llwybr archwilio i rywun (fel perchennog y gronfa ddata)</translation>
    </message>
    <message>
      <source>print who changed what in a family, and when (as an auditor)</source>
      <translation type="unfinished">argraffu pwy newidiodd beth mewn teulu, a phryd (fel archwilydd)</translation>
    </message>
    <message>
      <source>the family's id on the server, or its UUID</source>
      <translation type="unfinished">rhif adnabod y teulu ar y gweinydd, neu ei UUID</translation>
    </message>
    <message>
      <source>No password on standard input (one a line).</source>
      <translation type="unfinished">Dim cyfrinair ar y mewnbwn safonol (un i bob llinell).</translation>
    </message>
    <message>
      <source>No password was typed.</source>
      <translation type="unfinished">Ni theipiwyd cyfrinair.</translation>
    </message>
    <message>
      <source>New password for {user}: </source>
      <translation type="unfinished">Cyfrinair newydd ar gyfer {user}: </translation>
    </message>
    <message>
      <source>Type it again: </source>
      <translation type="unfinished">Teipiwch ef eto: </translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation type="unfinished">Mae'r ddau gyfrinair yn wahanol; ni newidiwyd dim.</translation>
    </message>
    <message>
      <source>Password for {address}: </source>
      <translation type="unfinished">Cyfrinair ar gyfer {address}: </translation>
    </message>
    <message>
      <source>The team server {address} is ready (schema {revision}; {tables} tables under row-level security and audit).</source>
      <translation type="unfinished">Mae gweinydd y tîm {address} yn barod (sgema {revision}; {tables} tabl dan ddiogelwch lefel rhes ac archwilio).</translation>
    </message>
    <message>
      <source>Teams: {teams}. New this time: {new}.</source>
      <translation type="unfinished">Timau: {teams}. Newydd y tro hwn: {new}.</translation>
    </message>
    <message>
      <source>Roles: {prefix}_member, {prefix}_auditor and {prefix}_team_NAME. Add people with chair-app server add-member.</source>
      <translation type="unfinished">Rolau: {prefix}_member, {prefix}_auditor a {prefix}_team_NAME. Ychwanegwch bobl gyda chair-app server add-member.</translation>
    </message>
    <message>
      <source>{user} can now log in, as a member of team {team}.</source>
      <translation type="unfinished">Gall {user} fewngofnodi nawr, fel aelod o dîm {team}.</translation>
    </message>
    <message>
      <source>{user} is now also a member of team {team} (password unchanged).</source>
      <translation type="unfinished">Mae {user} nawr hefyd yn aelod o dîm {team} (cyfrinair heb ei newid).</translation>
    </message>
    <message>
      <source>{user} can now log in, and read the audit trail.</source>
      <translation type="unfinished">Gall {user} fewngofnodi nawr, a darllen y llwybr archwilio.</translation>
    </message>
    <message>
      <source>{user} can now read the audit trail (password unchanged).</source>
      <translation type="unfinished">Gall {user} ddarllen y llwybr archwilio nawr (cyfrinair heb ei newid).</translation>
    </message>
    <message>
      <source>The audit trail has nothing about family {family}.</source>
      <translation type="unfinished">Nid oes dim am deulu {family} yn y llwybr archwilio.</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished">Pryd</translation>
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished">Aelod</translation>
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished">Gweithred</translation>
    </message>
    <message>
      <source>Record</source>
      <translation type="unfinished">Cofnod</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation type="unfinished">Meysydd</translation>
    </message>
    <message>
      <source>added</source>
      <translation type="unfinished">ychwanegwyd</translation>
    </message>
    <message>
      <source>changed</source>
      <translation type="unfinished">newidiwyd</translation>
    </message>
    <message>
      <source>removed</source>
      <translation type="unfinished">tynnwyd</translation>
    </message>
  </context>
  <context>
    <name>ServerAdmin</name>
    <message>
      <source>{team} is not a team name: use 1 to 30 lowercase letters, digits or underscores.</source>
      <translation type="unfinished">Nid yw {team} yn enw tîm: defnyddiwch 1 i 30 o lythrennau bach, digidau neu danlinellau.</translation>
    </message>
    <message>
      <source>{prefix} is not a role prefix: use a lowercase letter, then up to 19 lowercase letters, digits or underscores.</source>
      <translation type="unfinished">Nid yw {prefix} yn rhagddodiad rôl: defnyddiwch lythyren fach, yna hyd at 19 o lythrennau bach, digidau neu danlinellau.</translation>
    </message>
    <message>
      <source>{user} is not a user name: start with a lowercase letter, then up to 62 lowercase letters, digits, dots, hyphens or underscores.</source>
      <translation type="unfinished">Nid yw {user} yn enw defnyddiwr: dechreuwch gyda llythyren fach, yna hyd at 62 o lythrennau bach, digidau, atalnodau, cysylltnodau neu danlinellau.</translation>
    </message>
    <message>
      <source>{user} is a name Chair keeps for its own roles; choose another.</source>
      <translation type="unfinished">Mae {user} yn enw y mae Chair yn ei gadw i'w rolau ei hun; dewiswch un arall.</translation>
    </message>
    <message>
      <source>The password must have at least {count} characters, with no spaces at either end.</source>
      <translation type="unfinished">Rhaid i'r cyfrinair fod ag o leiaf {count} nod, heb fylchau ar y naill ben na'r llall.</translation>
    </message>
    <message>
      <source>This server has not been set up for teams yet: run chair-app server init first.</source>
      <translation type="unfinished">Nid yw'r gweinydd hwn wedi'i osod ar gyfer timau eto: rhedwch chair-app server init yn gyntaf.</translation>
    </message>
    <message>
      <source>This server's roles were set up with the prefix {stored}; run it again with --prefix {stored}.</source>
      <translation type="unfinished">Gosodwyd rolau'r gweinydd hwn gyda'r rhagddodiad {stored}; rhedwch ef eto gyda --prefix {stored}.</translation>
    </message>
    <message>
      <source>{user} is not a person's login on this server; choose another name.</source>
      <translation type="unfinished">Nid yw {user} yn fewngofnod person ar y gweinydd hwn; dewiswch enw arall.</translation>
    </message>
    <message>
      <source>{user} is a new user: a password is needed.</source>
      <translation type="unfinished">Mae {user} yn ddefnyddiwr newydd: mae angen cyfrinair.</translation>
    </message>
    <message>
      <source>There is no team {team} on this server (teams: {teams}). IT adds it with: chair-app server init --team {team}</source>
      <translation type="unfinished">Nid oes tîm {team} ar y gweinydd hwn (timau: {teams}). Mae TG yn ei ychwanegu gyda: chair-app server init --team {team}</translation>
    </message>
    <message>
      <source>There is no family {id} on the server.</source>
      <translation type="unfinished">Nid oes teulu {id} ar y gweinydd.</translation>
    </message>
  </context>
</TS>
