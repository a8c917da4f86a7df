// Wording for writing files.

const sv = {
  exists: (f: string) => `${f} finns redan och skrivs inte över`,
  existsHint: 'lägg till --force för att skriva över, eller välj ett annat namn med -o',
  notGenerated: (f: string, ext: string) => `${f} finns redan och är ingen ${ext}-fil, så den skrivs inte över`,
  notGeneratedHint: 'välj en annan fil med -o eller lägg till --force',
  isDirectory: (f: string) => `${f} är en mapp`,
  isDirectoryHint: 'ange ett filnamn med -o',
  writeFailed: (f: string, why: string) => `kunde inte skriva ${f}: ${why}`,
  folderFailed: (f: string, why: string) => `kan inte skriva i mappen ${f}: ${why}`,
  /** Why a write failed (from the system's error code), each with what to do about it. */
  problem: {
    fileInPath: (part: string) => `${part} är en fil, inte en mapp`,
    fileInPathUnknown: 'en del av sökvägen är en fil, inte en mapp',
    fileInPathHint: 'välj en sökväg där allt före filnamnet är mappar',
    isDirectory: 'det är en mapp',
    isDirectoryHint: 'flytta eller byt namn på mappen, så att filen kan skrivas där',
    noPermission: 'behörighet saknas',
    noPermissionHint: 'välj en mapp där du får skriva, eller be om skrivbehörighet',
    readOnly: 'platsen är skrivskyddad',
    readOnlyHint: 'välj en mapp på en disk som går att skriva till',
    diskFull: 'disken är full',
    diskFullHint: 'frigör utrymme på disken eller skriv till en annan disk',
    cannotCreate: 'filen eller mappen går inte att skapa där',
    cannotCreateHint: 'kontrollera sökvägen och välj en vanlig mapp',
    nameTooLong: 'namnet är för långt',
    nameTooLongHint: 'välj ett kortare fil- eller mappnamn',
    other: (code: string) => `systemfel ${code}`,
    otherHint: 'kontrollera sökvägen och att du får skriva där',
  },
};

const en: typeof sv = {
  exists: (f) => `${f} already exists and is not overwritten`,
  existsHint: 'add --force to overwrite, or choose another name with -o',
  notGenerated: (f, ext) => `${f} already exists and is not a ${ext} file, so it is not overwritten`,
  notGeneratedHint: 'choose another file with -o or add --force',
  isDirectory: (f) => `${f} is a folder`,
  isDirectoryHint: 'give a file name with -o',
  writeFailed: (f, why) => `could not write ${f}: ${why}`,
  folderFailed: (f, why) => `cannot write in the folder ${f}: ${why}`,
  problem: {
    fileInPath: (part) => `${part} is a file, not a folder`,
    fileInPathUnknown: 'a part of the path is a file, not a folder',
    fileInPathHint: 'choose a path where everything before the file name is a folder',
    isDirectory: 'it is a folder',
    isDirectoryHint: 'move or rename the folder so that the file can be written there',
    noPermission: 'no permission',
    noPermissionHint: 'choose a folder you may write to, or ask for write permission',
    readOnly: 'the place is read-only',
    readOnlyHint: 'choose a folder on a disk that can be written to',
    diskFull: 'the disk is full',
    diskFullHint: 'free some space on the disk or write to another disk',
    cannotCreate: 'the file or folder cannot be created there',
    cannotCreateHint: 'check the path and choose an ordinary folder',
    nameTooLong: 'the name is too long',
    nameTooLongHint: 'choose a shorter file or folder name',
    other: (code) => `system error ${code}`,
    otherHint: 'check the path and that you may write there',
  },
};

export const outputText = { sv, en };
