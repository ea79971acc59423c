// The README's pain-map snippet ("Listen to what the person does"), as it is printed there.
const painMap = document.querySelector('pain-map');
if (painMap) {
  let before = painMap.value;
  document.addEventListener('exercise-start', () => (before = painMap.value));
  document.addEventListener('exercise-feedback', () => {
    painMap.previous = before; // the map now says whether the symptoms moved up or down since
  });
}
