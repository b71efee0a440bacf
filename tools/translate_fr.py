"""Fill French translations for given source strings in translations/gpuscope_fr.ts.

    python tools/translate_fr.py   # applies NEW below; then run tools/update_translations.py

A small maintenance aid for strings added after the main translation pass: edit NEW, run, commit.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "translations" / "gpuscope_fr.ts"

NEW: dict[str, str | list[str]] = {
    "{model} was trained with a context of {trained} tokens; {context} goes beyond it: answers "
    "degrade, and vLLM refuses it unless told to allow it.":
        "{model} a été entraîné avec un contexte de {trained} jetons ; {context} va au-delà : "
        "les réponses se dégradent, et vLLM le refuse sauf si on l'y autorise.",
    "{model} reads at most {trained} tokens at a time: the figures are for {trained}, not "
    "{context}.":
        "{model} lit au plus {trained} jetons à la fois : les chiffres valent pour {trained}, "
        "pas {context}.",
    "It does not fit: the speeds assume it did. 'gpuscope plan' gives the speed with part of the "
    "model in system RAM or across GPUs.":
        "Ne tient pas : ces vitesses supposent que si. « gpuscope plan » donne la vitesse "
        "avec une partie du modèle en mémoire système ou répartie sur plusieurs GPU.",
    "{gpu} has no {wanted} units: the matrix products of {quant} run at its {used} peak instead.":
        "{gpu} n'a pas d'unités {wanted} : les produits matriciels de {quant} tournent à sa "
        "crête {used}.",
    "A prompt of {prompt} tokens does not fit in a context of {context} tokens: make the context "
    "at least as long as the prompt.":
        "Une invite de {prompt} jetons ne tient pas dans un contexte de {context} jetons : "
        "prenez un contexte au moins aussi long que l'invite.",
    # plan window: options, vLLM figures, roofline crossover
    'Several GPUs': 'Plusieurs GPU',
    'MoE experts in RAM': 'Experts MoE en RAM',
    'vLLM': 'vLLM',
    'Host memory': 'Mémoire de l\'hôte',
    'Split': 'Répartition',
    'Link': 'Liaison',
    'Memory share': 'Part de mémoire',
    'Max sequences': 'Séquences max.',
    'Plan with every GPU of the source, each with its own free VRAM, instead of N copies of the '
    'selected one':
        'Planifier avec chaque GPU de la source, chacun avec sa propre mémoire vidéo libre, au '
        'lieu de N copies du GPU choisi',
    "--gpu-memory-utilization: the share of each GPU's memory vLLM takes":
        '--gpu-memory-utilization : la part de la mémoire de chaque GPU que vLLM prend',
    '--max-num-seqs: the most sequences vLLM schedules together':
        '--max-num-seqs : le nombre maximal de séquences que vLLM traite ensemble',
    'vLLM default': 'défaut de vLLM',
    'Layers whose expert tensors stay in RAM (llama.cpp -ot / --n-cpu-moe)':
        'Couches dont les tenseurs d\'experts restent en RAM (llama.cpp -ot / --n-cpu-moe)',
    'auto': 'auto',
    'The memory bandwidth your CPU reaches (a STREAM or llama-bench figure): it replaces the '
    'assumed one':
        'La bande passante mémoire qu\'atteint votre processeur (mesurée avec STREAM ou '
        'llama-bench) : elle remplace celle supposée',
    'Auto': 'Auto',
    'Layer split': 'Par couches',
    'Tensor parallel': 'Parallélisme tensoriel',
    'Default for these GPUs': 'Par défaut pour ces GPU',
    'Assumed for this GPU': 'Supposée pour ce GPU',
    'Measured bandwidth:': 'Bande passante mesurée :',
    'Assumed: %1': 'Supposée : %1',
    'All %1 detected GPUs': 'Les %1 GPU détectés',
    'auto (%1)': 'auto (%1)',
    'vLLM budget per GPU: {budget} ({vram} × {utilization}); KV-cache pool {pool} = {blocks} '
    'blocks of {block_size} tokens':
        'Budget vLLM par GPU : {budget} ({vram} × {utilization}) ; réserve du cache KV {pool} = '
        '{blocks} blocs de {block_size} jetons',
    '%n sequence(s) of {context} tokens at once (max concurrency {concurrency}×, scheduler '
    'cap {cap}); one sequence can reach {longest} tokens': [
        '%n séquence de {context} jetons à la fois (concurrence max. {concurrency}×, '
        'plafond de l\'ordonnanceur {cap})\u202f; une séquence seule peut atteindre '
        '{longest} jetons',
        '%n séquences de {context} jetons à la fois (concurrence max. {concurrency}×, '
        'plafond de l\'ordonnanceur {cap})\u202f; une séquence seule peut atteindre '
        '{longest} jetons'],
    'Does not fit: the pool cannot hold one sequence of {context} tokens':
        'Ne tient pas\u00a0: la réserve ne peut contenir une séquence de {context} jetons',
    'Throughput {throughput} in total; decode turns compute-bound above batch ~{crossover}':
        'Débit total {throughput} ; le décodage devient limité par le calcul au-delà d\'un lot '
        'de ~{crossover}',
    'Throughput {throughput} in total': 'Débit total {throughput}',
    'Smallest tensor-parallel size that holds one sequence of {context} tokens: {needed} (this '
    'plan: %n GPU(s))': [
        'Plus petit parallélisme tensoriel qui contient une séquence de {context} jetons\u00a0: '
        '{needed} (ce plan\u00a0: %n GPU)',
        'Plus petit parallélisme tensoriel qui contient une séquence de {context} jetons\u00a0: '
        '{needed} (ce plan\u00a0: %n GPU)'],
    'at this context the KV-cache reads keep\ndecode below the ridge at any batch':
        'à ce contexte, les lectures du cache KV\nlaissent le décodage sous le coude quel que '
        'soit le lot',
    'decode reaches the ridge at batch %1': 'le décodage atteint le coude à un lot de %1',
    "1 / (family factor x (max(soft max((weights + KV) read / (bandwidth x efficiency), weights x SM cycles per weight / (SMs x clock)), batch compute) + layers x per-layer time))":
        "1 / (facteur de famille x (max(max doux((poids + KV) lus / (bande passante x efficacité), poids x cycles SM par poids / (SM x horloge)), calcul du lot) + couches x temps par couche))",
    "roofline with bandwidth and per-SM terms fitted across GPU families; no measurements for the {family} family itself: wider uncertainty":
        "roofline avec termes de bande passante et par SM ajustés sur l'ensemble des familles de GPU ; aucune mesure pour la famille {family} elle-même : incertitude plus large",
    "{activations} activations + {workspace} workspace = {value}":
        "{activations} d'activations + {workspace} d'espace de travail = {value}",
    "batch x largest live activations x bytes per value + cuDNN / cuBLAS workspace":
        "lot x plus grandes activations vivantes x octets par valeur + espace de travail cuDNN / cuBLAS",
    "layer-by-layer walk; 256 MiB library workspace (assumed)":
        "parcours couche par couche ; 256 Mio d'espace de travail des bibliothèques (hypothèse)",
    "Tokens before the prompt": "Jetons avant l'invite",
    '<path to {file}>':
        '<chemin vers {file}>',
    '<original model repository>':
        '<dépôt du modèle original>',
    '<{quant} checkpoint of {model}>':
        '<poids {quant} de {model}>',
    'Total VRAM':
        'VRAM totale',
    "Not scanned yet: Scan looks for GGUF and safetensors models on this computer.":
        "Pas encore analysé : l'analyse cherche les modèles GGUF et safetensors sur cet "
        "ordinateur.",
    "Does not fit: these speeds assume it did. 'How to run it' shows the speed with part of the "
    "model in system RAM.":
        "Ne tient pas : ces vitesses supposent que le modèle tienne. « Comment l'exécuter » "
        "donne la vitesse avec une partie du modèle en mémoire système.",
    'batch {batch}, {bound} -> {value}':
        'lot de {batch}, {bound} -> {value}',
    'Samples per second':
        'Échantillons par seconde',
    'compute-bound':
        'limité par le calcul',
    'memory-bound':
        'limité par la mémoire',
    'samples/s':
        'éch./s',
    '{key} = {value} is outside the sane range {low} to {high}.':
        '{key} = {value} est hors de la plage raisonnable de {low} à {high}.',
    'Settings reset to their defaults; your saved models and GPU overrides are kept.':
        'Réglages rétablis à leurs valeurs par défaut\u202f; vos modèles enregistrés et vos '
        'valeurs personnalisées de GPU sont conservés.',
    '&Import custom models…':
        '&Importer des modèles personnalisés…',
    'Add models from a custom models file (the format of custom_models.json) to your saved '
    'models.':
        "Ajoute à vos modèles enregistrés les modèles d'un fichier de modèles personnalisés "
        '(au format de custom_models.json).',
    'The model, its quantization, the workload (context, batch, prompt…) and the theme go back '
    'to their defaults. The GPU, your saved models and your GPU overrides are kept.':
        'Le modèle, sa quantification, la charge de travail (contexte, lot, invite…) et le '
        'thème reprennent leurs valeurs par défaut. Le GPU, vos modèles enregistrés et vos '
        'valeurs personnalisées de GPU sont conservés.',
    'fresh':
        'à jour',
    'Stale since %1 — %2':
        'Plus à jour depuis %1 — %2',
    'Dismiss these messages':
        'Fermer ces messages',
    'Save as my model…':
        'Enregistrer dans mes modèles…',
    'Keep this Transformer model, with your architecture edits, under a name of your choice: '
    'it is listed under “My saved models”, also after a restart.':
        "Conserve ce modèle Transformer, avec vos modifications d'architecture, sous le nom de "
        'votre choix\xa0: il figure dans «\xa0Mes modèles enregistrés\xa0», y compris après un '
        'redémarrage.',
    'Delete my model':
        'Supprimer mon modèle',
    'Remove the selected model from your saved models (asks first).':
        'Retire le modèle sélectionné de vos modèles enregistrés (après confirmation).',
    'My saved models':
        'Mes modèles enregistrés',
    'Transformer (LLMs, BERT, ViT), convolutional network or multilayer perceptron; “My saved '
    'models” lists the models you saved.':
        'Transformer (LLM, BERT, ViT), réseau convolutif ou perceptron multicouche\u202f; '
        '«\xa0Mes modèles enregistrés\xa0» liste les modèles que vous avez enregistrés.',
    'Name of the model in your list (“My saved models”):':
        'Nom du modèle dans votre liste («\xa0Mes modèles enregistrés\xa0»)\xa0:',
    'Save as my model':
        'Enregistrer dans mes modèles',
    'Type a name for the model.':
        'Saisissez un nom pour le modèle.',
    'A name is at most 200 characters, without line breaks or control characters.':
        'Un nom compte au plus 200 caractères, sans saut de ligne ni caractère de contrôle.',
    'My %1':
        'Mon %1',
    'A model named “%1” is already in your list. Replace it?':
        'Un modèle nommé «\xa0%1\xa0» figure déjà dans votre liste. Le remplacer\u202f?',
    '“%1” is in your saved models.':
        '«\xa0%1\xa0» figure dans vos modèles enregistrés.',
    'Delete “%1” from your saved models? This cannot be undone.':
        'Supprimer «\xa0%1\xa0» de vos modèles enregistrés\u202f? Cette action est '
        'irréversible.',
    '“%1” was deleted from your saved models.':
        '«\xa0%1\xa0» a été supprimé de vos modèles enregistrés.',
    'Import custom models':
        'Importer des modèles personnalisés',
    'gpuscope custom models (*.json);;All files (*)':
        'Modèles personnalisés gpuscope (*.json);;Tous les fichiers (*)',
    'Cannot import these models':
        "Impossible d'importer ces modèles",
    '%n model(s) in this file have the same name as one of yours. Replace yours? (No: keep '
    'yours and skip those.)':
        [
            "%n modèle de ce fichier porte le même nom que l'un des vôtres. Remplacer le "
            'vôtre\u202f? (Non\xa0: garder le vôtre et ignorer celui-ci.)',
            '%n modèles de ce fichier portent le même nom que certains des vôtres. Remplacer '
            'les vôtres\u202f? (Non\xa0: garder les vôtres et ignorer ceux-ci.)',
        ],
    '%n model(s) imported into your saved models.':
        [
            '%n modèle importé dans vos modèles enregistrés.',
            '%n modèles importés dans vos modèles enregistrés.',
        ],
    '{problem} “{name}” stays in your list until gpuscope closes.':
        "{problem} «\xa0{name}\xa0» reste dans votre liste jusqu'à la fermeture de gpuscope.",
    '{problem} Your list of saved models stays as it is until gpuscope closes.':
        "{problem} Votre liste de modèles enregistrés reste telle quelle jusqu'à la fermeture "
        'de gpuscope.',
    '{problem} Your GPU override is used until gpuscope closes.':
        "{problem} Votre valeur personnalisée de GPU reste utilisée jusqu'à la fermeture de "
        'gpuscope.',
    'This GPU reports no UUID, so gpuscope cannot recognise it next time: your override is '
    'used until gpuscope closes, not saved.':
        "Ce GPU n'indique pas d'UUID, gpuscope ne pourra donc pas le reconnaître la prochaine "
        "fois\xa0: votre valeur est utilisée jusqu'à la fermeture de gpuscope, sans être "
        'enregistrée.',
    # plans: validation, plurals, context limits, commands that will not run (plans-fix)
    "llama.cpp's tensor split mode needs flash attention (-fa on); use the layer split with "
    'flash attention off.':
        "Le mode de répartition par tenseurs de llama.cpp exige l'attention flash (-fa on)\u202f; "
        "utilisez la répartition par couches si l'attention flash est désactivée.",
    '{model} is a dense model: it has no MoE experts to keep in RAM (offload layers instead).':
        "{model} est un modèle dense\u00a0: il n'a pas d'experts MoE à garder en RAM "
        '(déchargez plutôt des couches).',
    'max_num_seqs must be at least 1 (got {value}).':
        'max_num_seqs doit valoir au moins 1 (reçu {value}).',
    '{field} must be a number above 0 (got {value}).':
        '{field} doit être un nombre supérieur à 0 (reçu {value}).',
    'Host memory bandwidth':
        "Bande passante mémoire de l'hôte",
    'Host RAM':
        "RAM de l'hôte",
    '{quant} on %n GPU(s) with vLLM: {seqs}, {throughput} in total':
        ['{quant} sur %n GPU avec vLLM\u00a0: {seqs}, {throughput} au total',
         '{quant} sur %n GPU avec vLLM\u00a0: {seqs}, {throughput} au total'],
    '{quant} on %n GPU(s) with vLLM: one sequence of {context} tokens does not fit':
        ['{quant} sur %n GPU avec vLLM\u00a0: une séquence de {context} jetons ne tient pas',
         '{quant} sur %n GPU avec vLLM\u00a0: une séquence de {context} jetons ne tient pas'],
    '%n sequence(s) of {context} tokens':
        ['%n séquence de {context} jetons', '%n séquences de {context} jetons'],
    '{count} x {name}':
        '{count} × {name}',
    ' + ':
        ' + ',
    'vLLM has no {kv} KV cache: the plan and the command use its 8-bit cache instead '
    '(--kv-cache-dtype fp8, the same size within 6 %)':
        "vLLM n'a pas de cache KV {kv}\u00a0: le plan et la commande utilisent son cache 8 bits "
        'à la place (--kv-cache-dtype fp8, même taille à 6\u00a0% près)',
    'Context {context} is longer than the {limit} tokens the model supports: llama.cpp warns '
    'and runs, but answers degrade past {limit} tokens':
        'Le contexte de {context} dépasse les {limit} jetons que le modèle prend en charge\u00a0: '
        'llama.cpp avertit et continue, mais les réponses se dégradent au-delà de {limit} jetons',
    'Ollama caps num_ctx at the {limit} tokens the model supports (it logs “requested context '
    'size too large for model”): sequences stop at {limit} tokens, not {context}':
        'Ollama limite num_ctx aux {limit} jetons que le modèle prend en charge (il journalise '
        '«\u00a0requested context size too large for model\u00a0»)\u00a0: les séquences '
        "s'arrêtent à {limit} jetons, pas à {context}",
    'vLLM refuses --max-model-len {context}: the model supports {limit} tokens. Lower the '
    'context, or set VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 to force it (answers degrade past {limit} '
    'tokens)':
        'vLLM refuse --max-model-len {context}\u00a0: le modèle prend en charge {limit} jetons. '
        'Réduisez le contexte, ou définissez VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 pour le forcer '
        '(les réponses se dégradent au-delà de {limit} jetons)',
    'This plan does not fit in memory: the command will not run as planned (see the notes)':
        'Ce plan ne tient pas en mémoire\u00a0: la commande ne fonctionnera pas comme prévu '
        '(voir les remarques)',
    'This command will not start: at context {context} the model needs --tensor-parallel-size '
    '{tp} ({gpus} GPUs like this one)':
        'Cette commande ne démarrera pas\u00a0: avec un contexte de {context}, le modèle exige '
        '--tensor-parallel-size {tp} ({gpus} GPU comme celui-ci)',
    'This command will not start: at context {context} the model needs {gpus} GPUs in {nodes} '
    'nodes (--tensor-parallel-size {tp} --pipeline-parallel-size {pp})':
        'Cette commande ne démarrera pas\u00a0: avec un contexte de {context}, le modèle exige '
        '{gpus} GPU sur {nodes} nœuds (--tensor-parallel-size {tp} --pipeline-parallel-size '
        '{pp})',
    'This command will not start: even {gpus} GPUs like this one cannot hold the model at '
    'context {context}':
        'Cette commande ne démarrera pas\u00a0: même {gpus} GPU comme celui-ci ne peuvent pas '
        'contenir le modèle avec un contexte de {context}',
    "vLLM refuses --max-model-len above the model's {limit} tokens unless "
    'VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 is set':
        'vLLM refuse un --max-model-len supérieur aux {limit} jetons du modèle, sauf si '
        'VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 est défini',
    'Logarithmic scale; the box beside it takes an exact value.':
        'Échelle logarithmique\u202f; la case à côté prend une valeur exacte.',
    'Only the first %1 tokens of this prompt are counted: the context (%1 tokens) must hold '
    'the prompt. Raise the context to count all of it.':
        "Seuls les %1 premiers jetons de cette invite sont comptés\u202f: le contexte (%1 jetons) "
        "doit contenir l'invite. Augmentez le contexte pour la compter en entier.",
    'Sequences served at once (llama.cpp -np); each has its own context. From 1 to %1.':
        'Séquences servies simultanément (llama.cpp -np)\u202f; chacune a son propre contexte. '
        'De 1 à %1.',
    'Tokens processed before the first generated token (prefill). At most the context length: '
    'a longer prompt is counted up to the context.':
        "Jetons traités avant le premier jeton généré (pré-remplissage). Au plus la longueur de "
        "contexte\u202f: une invite plus longue est comptée jusqu'au contexte.",
    'Chart':
        'Graphique',
    'Speed':
        'Vitesse',
    "The figure the bars show for each quantization; the bars follow the table's order.":
        "La grandeur que les barres montrent pour chaque quantification\u202f; les barres suivent "
        "l'ordre du tableau.",
    'Decode speed (%1)':
        'Décodage (%1)',
    'Throughput (%1)':
        'Débit (%1)',
    'Largest context that fits (tokens)':
        'Plus grand contexte qui tient (jetons)',
    # import-fix: projectors, pipes, link loops
    "--mmproj goes with a model file; '{model}' is a preset, whose size has no projector to add.":
        "--mmproj accompagne un fichier de modèle ; « {model} » est un modèle prédéfini, dont la "
        "taille n'a pas de projecteur à ajouter.",
    'Multimodal projector':
        'Projecteur multimodal',
    'sum of the tensor sizes in the mmproj file (loaded in VRAM beside the model, counted in the '
    'weights)':
        "somme des tailles des tenseurs du fichier mmproj (chargé en VRAM à côté du modèle, compté "
        "dans les poids)",
    '{file}: {n} tensors = {value}':
        '{file} : {n} tenseurs = {value}',
    '{file}: {n} tensors = {value}; found beside the model file and attached automatically':
        '{file} : {n} tenseurs = {value} ; trouvé à côté du fichier du modèle et ajouté '
        'automatiquement',
    '{model}; + {projector} of multimodal projector = {value}':
        '{model} ; + {projector} de projecteur multimodal = {value}',
    'tensor table of the mmproj file':
        'table des tenseurs du fichier mmproj',
    'not a regular file (a pipe, socket or device): gpuscope opens only model files':
        "pas un fichier ordinaire (un tube, un socket ou un périphérique) : gpuscope n'ouvre que "
        "des fichiers de modèle",
    'a symbolic link loop: following its links leads back to them, never to a file':
        "une boucle de liens symboliques : suivre ses liens y ramène sans jamais mener à un "
        "fichier",
    'Remove folder':
        'Retirer un dossier',
    'Stop scanning a folder you added (its files stay on the disk).':
        "Ne plus analyser un dossier que vous avez ajouté (ses fichiers restent sur le disque).",
    # gpuscope fits: GPUs of a snapshot, folders to scan; the window's fits view: your models
    '--gpus {n}, but {found} GPU(s) found; to plan for more, name the GPU with --gpu NAME '
    '--gpus {n}.':
        "--gpus {n}, mais {found} GPU trouvé(s)\u202f; pour en prévoir davantage, nommez le GPU "
        "avec --gpu NOM --gpus {n}.",
    '--gpus must be at least 1.':
        '--gpus doit valoir au moins 1.',
    '--models-dir {path}: not a folder.':
        "--models-dir {path}\xa0: ce n'est pas un dossier.",
    '{name} (my model)':
        '{name} (mon modèle)',
    'Ranked with the presets: {saved} of your saved models, {opened} opened from a file, '
    '{found} found on this computer.':
        'Classés avec les préréglages\xa0: vos modèles enregistrés ({saved}), ouverts '
        'depuis un fichier ({opened}), trouvés sur cet ordinateur ({found}).',
    'Looking for models on this computer…':
        'Recherche de modèles sur cet ordinateur…',
    'This computer has not been scanned yet.':
        "Cet ordinateur n'a pas encore été analysé.",
    'Find models on this computer':
        'Chercher les modèles de cet ordinateur',
    'Looks where My models looks (the Hugging Face cache, Ollama and LM Studio models, the '
    'folders you added) in the background, reading file headers only; the models found are '
    'ranked here too.':
        "Cherche là où cherche «\xa0Mes modèles\xa0» (le cache Hugging Face, les modèles Ollama "
        "et LM Studio, les dossiers ajoutés), en arrière-plan, en ne lisant que les en-têtes "
        "des fichiers\u202f; les modèles trouvés sont aussi classés ici.",
}


def apply(new: dict[str, str | list[str]]) -> int:
    tree = ET.parse(TS)
    done = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        if src not in new:
            continue
        tr = msg.find("translation")
        tr.attrib.pop("type", None)
        value = new[src]
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for form in value if isinstance(value, list) else [value, value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
        done += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    print(f"{apply(NEW)} messages translated")
